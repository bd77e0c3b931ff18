import { ValidationError } from '../../../core/errors.ts';
import { ALL_CHAINS } from '../../../model/chain.ts';
import type { SanityCount, StagedLoads } from '../../stagedLoads.ts';
import { mapChains } from './mapChains.ts';
import { stageParquet } from './stageParquet.ts';
import type { StageTx } from './validateStaged.ts';

/** DefiLlama's ingest sanity bound (storeNewTvl2.ts): TVL above $200B is rejected. */
const MAX_TVL_USD = 200e9;

/**
 * Stages DefiLlama protocol events (parquet) and writes `TVL` rows to `protocol_chain_tvl_daily` (per
 * chain) and `protocol_tvl_daily` (all-chains sections such as `vesting`), and `TOKENS_IN_USD` rows to
 * `protocol_token_tvl_daily`; several points in one UTC day: the latest wins. A point below $0 or above
 * $200B is stored with its flag (`negative`, `above-200B`) and left out of totals. An event type other
 * than those two is refused with its row. Returns the rows read and the flagged points per rule.
 */
export async function loadProtocolChainTvlDaily(
  tx: StageTx,
  dataset: string,
  file: string,
): ReturnType<StagedLoads['loadProtocolChainTvlDaily']> {
  const rows = await stageParquet(tx, file, {
    time: ['VARCHAR', 'timestamp'],
    event_type: ['VARCHAR', 'text'],
    to_artifact_name: ['VARCHAR', 'text'],
    to_artifact_namespace: ['VARCHAR', 'text?'],
    from_artifact_name: ['VARCHAR', 'text?'],
    amount: ['DOUBLE', 'number'],
  });
  const [odd] = await tx.rows<{ row: number; event_type: string }>(
    "SELECT row::DOUBLE AS row, event_type FROM stage WHERE event_type NOT IN ('TVL', 'TOKENS_IN_USD') ORDER BY row LIMIT 1",
  );
  if (odd) {
    throw new ValidationError(`unknown event type "${odd.event_type}" (expected TVL or TOKENS_IN_USD)`, {
      source: file,
      place: `row ${odd.row}`,
      field: 'event_type',
    });
  }
  await mapChains(tx, 'stage', 'to_artifact_namespace');
  const flagOf = (v: string) =>
    `CASE WHEN ${v} < 0 THEN 'negative' WHEN ${v} > ${MAX_TVL_USD} THEN 'above-200B' END`;
  await tx.run(
    `INSERT INTO protocol_chain_tvl_daily (dataset, protocol, chain, section, day, tvl_usd, flag)
     SELECT ?, protocol, chain, section, day, v, ${flagOf('v')} FROM (
       SELECT s.to_artifact_name AS protocol, m.id AS chain, m.section, s.time::TIMESTAMP::DATE AS day,
         arg_max(s.amount, s.time::TIMESTAMP) AS v
       FROM stage s JOIN chain_map m ON m.raw = s.to_artifact_namespace
       WHERE s.event_type = 'TVL' AND s.to_artifact_namespace <> '' AND m.id <> '${ALL_CHAINS}' GROUP BY ALL)`,
    [dataset],
  );
  await tx.run(
    `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag)
     SELECT ?, protocol, section, day, v, ${flagOf('v')} FROM (
       SELECT s.to_artifact_name AS protocol, m.section, s.time::TIMESTAMP::DATE AS day,
         arg_max(s.amount, s.time::TIMESTAMP) AS v
       FROM stage s JOIN chain_map m ON m.raw = s.to_artifact_namespace
       WHERE s.event_type = 'TVL' AND m.id = '${ALL_CHAINS}' GROUP BY ALL)`,
    [dataset],
  );
  await tx.run(
    `INSERT INTO protocol_token_tvl_daily
     SELECT ?, s.to_artifact_name, coalesce(m.id, '${ALL_CHAINS}'), 'tvl', s.time::TIMESTAMP::DATE, s.from_artifact_name,
       NULL, arg_max(s.amount, s.time::TIMESTAMP)
     FROM stage s LEFT JOIN chain_map m ON m.raw = s.to_artifact_namespace AND s.to_artifact_namespace <> ''
     WHERE s.event_type = 'TOKENS_IN_USD' GROUP BY ALL`,
    [dataset],
  );
  const sanity = await tx.rows<SanityCount>(
    `SELECT flag, count(*)::DOUBLE AS points, string_agg(DISTINCT protocol, ', ' ORDER BY protocol) AS protocols
     FROM protocol_chain_tvl_daily WHERE dataset = ? AND flag IS NOT NULL GROUP BY flag ORDER BY flag`,
    [dataset],
  );
  return { rows, sanity };
}
