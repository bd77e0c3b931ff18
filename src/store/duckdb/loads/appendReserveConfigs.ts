import type { ReserveConfigRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends reserve configurations to `lending_reserve_configs`. */
export async function appendReserveConfigs(
  tx: SqlTx,
  dataset: string,
  rows: readonly ReserveConfigRow[],
): Promise<void> {
  await tx.append(
    'lending_reserve_configs',
    [
      ['dataset', 'varchar'],
      ['market', 'varchar'],
      ['chain', 'varchar'],
      ['asset', 'varchar'],
      ['symbol', 'varchar'],
      ['as_of', 'date'],
      ['decimals', 'integer'],
      ['borrowing_enabled', 'boolean'],
      ['liquidation_protocol_fee', 'double'],
      ['emode_category', 'integer'],
    ],
    rows.map((r) => [
      dataset,
      r.market,
      r.chain,
      r.asset,
      r.symbol,
      r.asOf,
      r.decimals,
      r.borrowingEnabled,
      r.liquidationProtocolFee,
      r.emodeCategory,
    ]),
  );
}
