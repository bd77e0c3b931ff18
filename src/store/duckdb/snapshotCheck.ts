import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../../core/errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { openDuckDb } from './openDuckDb.ts';

const TABLES_SQL =
  'SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary';

let expected: Promise<Set<string>> | undefined;

/** The tables a store of this code version has: every migration run on an empty in-memory database. */
export function expectedTables(): Promise<Set<string>> {
  expected ??= (async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      for (const m of MIGRATIONS) await conn.run(m.sql);
      const rows = (await conn.runAndReadAll(TABLES_SQL)).getRowObjects();
      return new Set(rows.map((r) => String(r.table_name)));
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  })();
  return expected;
}

/** What a checked snapshot holds: its tables, and the datasets and live units imported into it. */
export type SnapshotContents = { tables: number; imports: number; ingestUnits: number };

/**
 * Checks a snapshot file before it is served: every table this code version expects is there, and,
 * when `requireData`, it holds data (an imported dataset or an ingested unit). A file a writer left
 * half-made, an empty store a rebuild just created, or one from another version is refused with a
 * StoreError saying what is missing, so the server keeps serving what it had.
 * @example await checkSnapshot('.faultline/faultline.duckdb.serve-4242-3', { requireData: true })
 */
export async function checkSnapshot(
  file: string,
  { requireData }: { requireData: boolean },
): Promise<SnapshotContents> {
  const db = await openDuckDb(file, { readOnly: true });
  const conn = await db.connect();
  try {
    const tables = new Set(
      (await conn.runAndReadAll(TABLES_SQL)).getRowObjects().map((r) => String(r.table_name)),
    );
    const missing = [...(await expectedTables())].filter((t) => !tables.has(t));
    if (missing.length > 0)
      throw new StoreError(
        `the new snapshot lacks ${missing.length} table(s) (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}): not served`,
        { source: file },
      );
    const [counts] = (
      await conn.runAndReadAll(
        'SELECT (SELECT count(*) FROM dataset_imports)::DOUBLE AS imports, (SELECT count(*) FROM ingest_checkpoints)::DOUBLE AS units',
      )
    ).getRowObjects();
    const imports = Number(counts?.imports ?? 0);
    const ingestUnits = Number(counts?.units ?? 0);
    if (requireData && imports + ingestUnits === 0)
      throw new StoreError(
        'the new snapshot holds no data (no dataset imported, no live unit): not served in place of one that does',
        { source: file },
      );
    return { tables: tables.size, imports, ingestUnits };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
