import type { LoadTx } from '../../store.ts';
import type { RateStrategyRow } from '../../yieldStore.ts';

/** Appends interest-rate strategies to `lending_rate_strategies` (fractions a year). */
export async function appendRateStrategies(
  tx: LoadTx,
  dataset: string,
  rows: readonly RateStrategyRow[],
): Promise<void> {
  await tx.append(
    'lending_rate_strategies',
    [
      ['dataset', 'varchar'],
      ['market', 'varchar'],
      ['chain', 'varchar'],
      ['asset', 'varchar'],
      ['symbol', 'varchar'],
      ['as_of', 'date'],
      ['optimal_usage_ratio', 'double'],
      ['base_variable_borrow_rate', 'double'],
      ['variable_rate_slope1', 'double'],
      ['variable_rate_slope2', 'double'],
      ['reserve_factor', 'double'],
      ['strategy', 'varchar'],
      ['file', 'varchar'],
    ],
    rows.map((r) => [
      dataset,
      r.market,
      r.chain,
      r.asset,
      r.symbol,
      r.asOf,
      r.optimalUsageRatio,
      r.baseVariableBorrowRate,
      r.variableRateSlope1,
      r.variableRateSlope2,
      r.reserveFactor,
      r.strategy,
      r.file,
    ]),
  );
}

/** A reserve's configuration on one day, its untrusted fields already nulled. */
export type ReserveConfigRow = {
  market: string;
  chain: string;
  asset: string;
  symbol: string;
  asOf: string;
  decimals: number;
  borrowingEnabled: boolean;
  liquidationProtocolFee: number | null;
  emodeCategory: number | null;
};

/** Appends reserve configurations to `lending_reserve_configs`. */
export async function appendReserveConfigs(
  tx: LoadTx,
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
