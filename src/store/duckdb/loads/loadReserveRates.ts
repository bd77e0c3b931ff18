import type { RangeFinding, StagedLoads } from '../../stagedLoads.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * The range each Aave reserve field must keep (aave-dao/aave-v3-origin: PoolConfigurator requires the
 * reserve factor and fees ≤ 100%, `configureReserveAsCollateral` ltv ≤ threshold; the strategy caps
 * borrow rates at MAX_BORROW_RATE = 1000%; the file gives the liquidation bonus as the premium, 0.05 for
 * 105%). A value outside its range is stored as NULL and flagged: upstream decoded some fields wrongly.
 */
export const RESERVE_RANGES = {
  reserve_factor: [0, 1],
  ltv: [0, 1],
  liquidation_threshold: [0, 1],
  liquidation_bonus: [0, 0.5],
  liquidity_rate: [0, 10],
  variable_borrow_rate: [0, 10],
} as const;

const inRange = (c: keyof typeof RESERVE_RANGES) =>
  `TRY_CAST(${c} AS DOUBLE) BETWEEN ${RESERVE_RANGES[c][0]} AND ${RESERVE_RANGES[c][1]}`;
const kept = (c: keyof typeof RESERVE_RANGES) => `CASE WHEN ${inRange(c)} THEN ${c}::DOUBLE END`;

/**
 * Stages the daily reserve file (CSV, one row per source version × network × asset) and writes it to
 * `lending_reserve_rates_daily`: market `aave-v3-<network>`, chain through the chain-key parser, one row
 * per reserve and UTC day (the day's last version). Returns the rows read and each range check's
 * findings (rows whose rates are out of range are left out; other fields out of range are kept as NULL).
 */
export async function loadReserveRates(
  tx: StageTx,
  dataset: string,
  file: string,
): ReturnType<StagedLoads['loadReserveRates']> {
  const rows = await stageCsv(tx, file, {
    generated_at: 'timestamp',
    network: 'text',
    symbol: 'text',
    asset_address: 'text',
    liquidity_rate: 'number',
    variable_borrow_rate: 'number',
    ltv: 'number',
    liquidation_threshold: 'number',
    liquidation_bonus: 'number',
    reserve_factor: 'number',
    frozen: 'boolean',
    paused: 'boolean',
    liquidity_index: 'number',
    variable_borrow_index: 'number',
  });
  await mapChains(tx, 'stage', 'network');
  const findings: RangeFinding[] = [];
  for (const field of Object.keys(RESERVE_RANGES) as (keyof typeof RESERVE_RANGES)[]) {
    const [f] = await tx.rows<RangeFinding>(
      `SELECT '${field}' AS field, count(*)::DOUBLE AS rows,
         string_agg(network || '/' || symbol || ' ' || ${field} || ' (line ' || line || ')', ', ' ORDER BY line)
           FILTER (WHERE rn <= 5) AS examples
       FROM (SELECT *, row_number() OVER (ORDER BY line) AS rn FROM stage WHERE NOT (${inRange(field)}))`,
    );
    if (f && f.rows > 0) findings.push(f);
  }
  const [above] = await tx.rows<RangeFinding>(
    `SELECT 'liquidity_rate above variable_borrow_rate' AS field, count(*)::DOUBLE AS rows,
       string_agg(network || '/' || symbol || ' (line ' || line || ')', ', ' ORDER BY line) FILTER (WHERE rn <= 5) AS examples
     FROM (SELECT *, row_number() OVER (ORDER BY line) AS rn FROM stage
           WHERE TRY_CAST(liquidity_rate AS DOUBLE) > TRY_CAST(variable_borrow_rate AS DOUBLE))`,
  );
  if (above && above.rows > 0) findings.push(above);
  await tx.run(
    `INSERT INTO lending_reserve_rates_daily
     SELECT ?, 'aave-v3-' || s.network, m.id, lower(s.asset_address), arg_max(s.symbol, s.generated_at::TIMESTAMPTZ),
       (s.generated_at::TIMESTAMPTZ AT TIME ZONE 'UTC')::DATE AS day,
       arg_max(s.liquidity_rate::DOUBLE, s.generated_at::TIMESTAMPTZ),
       arg_max(s.variable_borrow_rate::DOUBLE, s.generated_at::TIMESTAMPTZ),
       arg_max(${kept('reserve_factor')}, s.generated_at::TIMESTAMPTZ),
       arg_max(${kept('ltv')}, s.generated_at::TIMESTAMPTZ),
       arg_max(${kept('liquidation_threshold')}, s.generated_at::TIMESTAMPTZ),
       arg_max(${kept('liquidation_bonus')}, s.generated_at::TIMESTAMPTZ),
       arg_max(lower(s.frozen) = 'true', s.generated_at::TIMESTAMPTZ),
       arg_max(lower(s.paused) = 'true', s.generated_at::TIMESTAMPTZ),
       arg_max(s.liquidity_index::DOUBLE, s.generated_at::TIMESTAMPTZ),
       arg_max(s.variable_borrow_index::DOUBLE, s.generated_at::TIMESTAMPTZ),
       arg_max(s.line, s.generated_at::TIMESTAMPTZ)
     FROM stage s JOIN chain_map m ON m.raw = s.network
     WHERE ${inRange('liquidity_rate')} AND ${inRange('variable_borrow_rate')}
     GROUP BY s.network, m.id, lower(s.asset_address), day`,
    [dataset],
  );
  return { rows, findings };
}
