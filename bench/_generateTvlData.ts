// A seeded DefiLlama-scale data folder in the real file formats: a per-protocol x per-chain daily
// parquet (5,000 protocols, 100 chains, ~20M daily section rows) and a protocol-list snapshot with
// categories (some double counted, some liquid staking), so the importers and rules run as on real data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export const PROTOCOLS = 5_000;
export const CHAINS = 100;
export const DAYS = 1_100;

const CATEGORIES = [
  'Dexs',
  'Lending',
  'Lending',
  'Dexs',
  'Yield Aggregator',
  'Liquid Staking',
  'Derivatives',
  'CDP',
];

/** The chain name of chain number c: three real ones first, so `--chain ethereum` works. */
const chainSql = (c: string) =>
  `CASE ${c} WHEN 0 THEN 'ethereum' WHEN 1 THEN 'base' WHEN 2 THEN 'arbitrum' ELSE 'chain' || lpad(${c}::VARCHAR, 3, '0') END`;

/** Writes the data folder; returns the parquet's row count. Same seed, same files. */
export async function generateTvlData(dir: string, seed = 42): Promise<number> {
  mkdirSync(join(dir, 'defillama'), { recursive: true });
  const parquet = join(dir, 'defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (
    WITH p AS (SELECT range AS i, (1 + hash(range, ${seed}) % 7)::BIGINT AS k, (hash(range, ${seed} + 1) % 200)::BIGINT AS start FROM range(${PROTOCOLS})),
    keys AS (SELECT i, start, j, (i * 7 + j * 13) % ${CHAINS} AS c,
               CASE j % 5 WHEN 3 THEN '-borrowed' WHEN 4 THEN '-staking' ELSE '' END AS sec
             FROM (SELECT i, start, unnest(range(k)) AS j FROM p)),
    rows AS (SELECT i, c, sec, unnest(range(start, ${DAYS})) AS d FROM keys)
    SELECT strftime(DATE '2022-01-01' + d::INTEGER, '%Y-%m-%d 00:00:00') AS time, 'TVL' AS event_type, 'proto-' || i AS to_artifact_name,
      ${chainSql('c')} || sec AS to_artifact_namespace, 'usd' AS from_artifact_name,
      1e6 * (1 + (hash(i, c, d, ${seed}) % 1000) / 1000.0) * (1 + d / 500.0) AS amount
    FROM rows
  ) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
  const reader = await conn.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM '${parquet}'`);
  const n = Number(reader.getRowObjects()[0]?.n);
  conn.closeSync();
  db.closeSync();
  const snapshot = Array.from({ length: PROTOCOLS }, (_, i) => ({
    name: `proto ${i}`,
    category: CATEGORIES[(i * 2654435761) % CATEGORIES.length],
    tvl: 1e6,
    chains: ['Ethereum'],
    oracles: [],
  }));
  writeFileSync(join(dir, 'defillama/protocols_snapshot_2025-12-19.json'), JSON.stringify(snapshot));
  return n;
}
