import type { RateStrategyRow } from '../../yieldStore.ts';
import type { SqlTx } from '../session.ts';

/** Appends interest-rate strategies to `lending_rate_strategies` (fractions a year). */
export async function appendRateStrategies(
  tx: SqlTx,
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
