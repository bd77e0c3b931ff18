import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages each account's largest debt position with its reserve's risk parameters and writes the
 * positions to `lending_positions` and the reserves to `lending_reserves` (one per asset, its last row's
 * parameters; dated by its newest price). Addresses in lower case. Returns the rows read.
 */
export async function loadLendingPositions(
  tx: StageTx,
  dataset: string,
  file: string,
  market: string,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    user_address: 'text',
    asset_address: 'text',
    symbol: 'text',
    side: 'text',
    amount: 'nonNegative',
    amount_usd: 'nonNegative',
    price_usd: 'nonNegative',
    price_timestamp: 'timestamp',
    liquidation_threshold: 'nonNegative',
    base_ltv_as_collateral: 'nonNegative',
    liquidation_bonus: 'nonNegative',
    debt_ceiling: 'nonNegative',
    borrowable_in_isolation: 'boolean',
    emode_category_id: 'integer',
    is_frozen: 'boolean',
    borrow_cap: 'nonNegative',
    supply_cap: 'nonNegative',
  });
  await tx.run(
    `INSERT INTO lending_positions SELECT ?, ?, lower(user_address), lower(asset_address), symbol, side,
       amount::DOUBLE, amount_usd::DOUBLE, price_usd::DOUBLE, price_timestamp::TIMESTAMP::DATE FROM stage`,
    [dataset, market],
  );
  await tx.run(
    `INSERT INTO lending_reserves SELECT ?, ?, lower(asset_address), any_value(symbol),
       arg_max(liquidation_threshold::DOUBLE, line), arg_max(base_ltv_as_collateral::DOUBLE, line),
       arg_max(liquidation_bonus::DOUBLE, line), arg_max(debt_ceiling::DOUBLE, line),
       arg_max(borrowable_in_isolation::BOOLEAN, line), arg_max(emode_category_id::INTEGER, line),
       arg_max(is_frozen::BOOLEAN, line), arg_max(borrow_cap::DOUBLE, line), arg_max(supply_cap::DOUBLE, line),
       max(price_timestamp::TIMESTAMP::DATE)
     FROM stage GROUP BY lower(asset_address)`,
    [dataset, market],
  );
  return rows;
}
