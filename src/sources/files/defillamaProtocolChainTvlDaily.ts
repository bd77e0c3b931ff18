import { join } from 'node:path';
import { ValidationError } from '../../core/errors.ts';
import { ALL_CHAINS } from '../../model/chain.ts';
import type { Dataset, Flag } from './dataset.ts';
import { mapChains } from './mapChains.ts';
import { stageParquet } from './stageParquet.ts';

const ID = 'defillama/protocol-chain-tvl-daily';
/** DefiLlama's ingest sanity bound (storeNewTvl2.ts): TVL above $200B is rejected. */
const MAX_TVL_USD = 200e9;

/**
 * Per-protocol, per-chain daily USD TVL built from DefiLlama `/protocol/<slug>` chainTvls (ZSTD parquet):
 * `TVL` rows per chain (a top-level section key such as `vesting` is an all-chains section), and
 * `TOKENS_IN_USD` rows per token. Several points in one UTC day: the latest wins. Points that break
 * DefiLlama's sanity rules (TVL < 0 or > $200B) are kept, flagged, and left out of totals.
 */
export const defillamaProtocolChainTvlDaily: Dataset = {
  id: ID,
  title: 'DefiLlama protocol x chain TVL, daily (99 protocols)',
  version: 1,
  files: (dir) => [join(dir, 'defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet')],
  tables: [
    { table: 'protocol_chain_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_token_tvl_daily', dayColumn: 'day' },
  ],
  caveats: [
    'Built without the -borrowed, -staking, -pool2 and -vesting chain sections: core TVL only.',
    'Ends between 2025-02-19 and 2025-03-02 depending on the protocol.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await stageParquet(tx, f, {
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
        source: f,
        place: `row ${odd.row}`,
        field: 'event_type',
      });
    }
    await mapChains(tx, 'stage', 'to_artifact_namespace');
    const flagOf = (v: string) =>
      `CASE WHEN ${v} < 0 THEN 'negative' WHEN ${v} > ${MAX_TVL_USD} THEN 'above-200B' END`;
    await tx.run(
      `INSERT INTO protocol_chain_tvl_daily (dataset, protocol, chain, section, day, tvl_usd, flag)
       SELECT '${ID}', protocol, chain, section, day, v, ${flagOf('v')} FROM (
         SELECT s.to_artifact_name AS protocol, m.id AS chain, m.section, s.time::TIMESTAMP::DATE AS day,
           arg_max(s.amount, s.time::TIMESTAMP) AS v
         FROM stage s JOIN chain_map m ON m.raw = s.to_artifact_namespace
         WHERE s.event_type = 'TVL' AND s.to_artifact_namespace <> '' AND m.id <> '${ALL_CHAINS}' GROUP BY ALL)`,
    );
    await tx.run(
      `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag)
       SELECT '${ID}', protocol, section, day, v, ${flagOf('v')} FROM (
         SELECT s.to_artifact_name AS protocol, m.section, s.time::TIMESTAMP::DATE AS day,
           arg_max(s.amount, s.time::TIMESTAMP) AS v
         FROM stage s JOIN chain_map m ON m.raw = s.to_artifact_namespace
         WHERE s.event_type = 'TVL' AND m.id = '${ALL_CHAINS}' GROUP BY ALL)`,
    );
    await tx.run(
      `INSERT INTO protocol_token_tvl_daily
       SELECT '${ID}', s.to_artifact_name, coalesce(m.id, '${ALL_CHAINS}'), 'tvl', s.time::TIMESTAMP::DATE, s.from_artifact_name,
         NULL, arg_max(s.amount, s.time::TIMESTAMP)
       FROM stage s LEFT JOIN chain_map m ON m.raw = s.to_artifact_namespace AND s.to_artifact_namespace <> ''
       WHERE s.event_type = 'TOKENS_IN_USD' GROUP BY ALL`,
    );
    return { rowsByFile: new Map([[f, rows]]), flags: await sanityFlags(tx, f) };
  },
};

async function sanityFlags(tx: Parameters<Dataset['load']>[0], file: string): Promise<Flag[]> {
  const counts = await tx.rows<{ flag: string; n: number; protocols: string }>(
    `SELECT flag, count(*)::DOUBLE AS n, string_agg(DISTINCT protocol, ', ' ORDER BY protocol) AS protocols
     FROM protocol_chain_tvl_daily WHERE dataset = '${ID}' AND flag IS NOT NULL GROUP BY flag ORDER BY flag`,
  );
  const flags: Flag[] = counts.map((c) => ({
    kind: c.flag === 'negative' ? 'rejected-negative-tvl' : 'rejected-absurd-tvl',
    excluded: true,
    subject: c.protocols,
    message: `${c.n} protocol-chain-days ${c.flag === 'negative' ? 'below $0' : 'above $200B'}: kept, flagged, left out of totals (DefiLlama sanity rule)`,
    file,
  }));
  flags.push({
    kind: 'missing-sections',
    excluded: false,
    subject: 'all protocols',
    message:
      'no -borrowed/-staking/-pool2/-vesting chain sections: borrowed and staking views are unavailable here',
    file,
  });
  return flags;
}
