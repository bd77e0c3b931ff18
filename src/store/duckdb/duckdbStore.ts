import { renameSync, rmSync, statSync } from 'node:fs';
import type { DuckDBInstance } from '@duckdb/node-api';
import type { Day } from '../../core/day.ts';
import { CHAINS } from '../../model/chains.ts';
import type {
  DatasetCoverage,
  DatasetImport,
  FlaggedPoint,
  LoadResult,
  LoadTx,
  QualityFlag,
  RowFlag,
  SpaceReclaimed,
  Store,
} from '../store.ts';
import { appendRows } from './appendRows.ts';
import { recordChecked } from './checkedStamp.ts';
import { writeCompactCopy } from './compactCopy.ts';
import { deriveTvlFacts } from './deriveTvlFacts.ts';
import { createIngestParts } from './ingestWrites.ts';
import { createMarketStore } from './marketStore.ts';
import { MIGRATIONS } from './migrations.ts';
import { openDuckDb } from './openDuckDb.ts';
import { queryObjects } from './queryObjects.ts';
import { createReads } from './reads.ts';
import { createSession, createSessionPool, type Session } from './session.ts';
import { createTvlReads } from './tvlReads.ts';
import { createYieldReads } from './yieldReads.ts';

/** The migrations that added derived TVL facts: stores made before them get them filled in once. */
const DERIVED_TVL_MIGRATIONS = new Set([2, 3, 4]);

/**
 * Creates the DuckDB store on a file (created on first use). `reclaimSpace` swaps the engine for one on
 * a compact copy of the file: nothing else may run on the store meanwhile (imports run one at a time).
 * @example const store = await createDuckDbStore('.faultline/faultline.duckdb'); await store.migrate();
 */
export async function createDuckDbStore(path: string): Promise<Store> {
  let faulted = false;
  const target = {
    path,
    onFault: () => {
      faulted = true;
    },
  };
  const connect = async (instance: DuckDBInstance) => {
    const conn = await instance.connect();
    return {
      instance,
      conn,
      session: createSession(conn, target),
      pool: createSessionPool(instance, 2, target),
    };
  };
  // The live engine: replaced when `reclaimSpace` swaps in a compact copy of the file.
  let live = await connect(await openDuckDb(path));
  const shut = () => {
    live.pool.close();
    live.conn.closeSync();
    live.instance.closeSync();
  };
  const rows: Session['rows'] = (sql, params) => live.session.rows(sql, params);
  const run: Session['run'] = (sql, params) => live.session.run(sql, params);
  const tx: LoadTx = {
    run,
    rows,
    append: (table, columns, data) => live.session.tx.append(table, columns, data),
  };
  const inTransaction: Session['inTransaction'] = (work) => live.session.inTransaction(work);
  const commits = { use: <T>(work: (s: Session) => Promise<T>) => live.pool.use(work) };

  return {
    async migrate() {
      await run(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)',
      );
      const applied = new Set(
        (await rows<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
      );
      const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
      for (const migration of pending) {
        await inTransaction(async () => {
          await run(migration.sql);
          await run('INSERT INTO schema_migrations VALUES (?, ?, now())', [
            migration.version,
            migration.name,
          ]);
        });
      }
      if (applied.size > 0 && pending.some((m) => DERIVED_TVL_MIGRATIONS.has(m.version))) {
        await inTransaction(() => deriveTvlFacts(run, { dataset: null }));
      }
      await inTransaction(async () => {
        await run('DELETE FROM chains');
        await tx.append(
          'chains',
          [
            ['id', 'varchar'],
            ['name', 'varchar'],
            ['layer', 'varchar'],
            ['parent', 'varchar'],
            ['stack', 'varchar'],
            ['da', 'varchar'],
          ],
          [...CHAINS.values()].map((c) => [c.id, c.name, c.layer, c.parent, c.stack, c.da]),
        );
      });
    },

    async datasetImports() {
      const imports = await rows<Omit<DatasetImport, 'files'>>(
        `SELECT dataset, fingerprint, rows::DOUBLE AS rows, strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS "importedAt",
           duration_ms AS "durationMs" FROM dataset_imports ORDER BY dataset`,
      );
      const files = await rows<{
        dataset: string;
        file: string;
        sha256: string;
        bytes: number;
        rows: number;
      }>(
        'SELECT dataset, file, sha256, bytes::DOUBLE AS bytes, rows::DOUBLE AS rows FROM import_files ORDER BY dataset, file',
      );
      return imports.map((i) => ({
        ...i,
        files: files.filter((f) => f.dataset === i.dataset).map(({ dataset: _, ...f }) => f),
      }));
    },

    async replaceDataset(dataset, fingerprint, tables, load) {
      const started = performance.now();
      return inTransaction(async () => {
        for (const table of [...tables, 'quality_flags', 'ingest_flags', 'import_files', 'dataset_imports']) {
          await run(`DELETE FROM ${table} WHERE dataset = ?`, [dataset]);
        }
        const rowFlags: RowFlag[] = [];
        const result: LoadResult = await load({ ...tx, flagRow: (f) => rowFlags.push(f) });
        await tx.append(
          'ingest_flags',
          [
            ['dataset', 'varchar'],
            ['unit', 'varchar'],
            ['subject', 'varchar'],
            ['day', 'date'],
            ['kind', 'varchar'],
            ['excluded', 'boolean'],
            ['usd', 'double'],
            ['message', 'varchar'],
          ],
          rowFlags.map((f) => [
            dataset,
            f.file,
            f.subject,
            f.day,
            f.kind,
            true,
            f.usd,
            `${f.place}, field "${f.field}": ${f.message}`,
          ]),
        );
        await deriveTvlFacts(run, { dataset });
        const total = result.files.reduce((n, f) => n + f.rows, 0);
        await tx.append(
          'import_files',
          [
            ['dataset', 'varchar'],
            ['file', 'varchar'],
            ['sha256', 'varchar'],
            ['bytes', 'bigint'],
            ['rows', 'bigint'],
          ],
          result.files.map((f) => [dataset, f.file, f.sha256, f.bytes, f.rows]),
        );
        await tx.append(
          'quality_flags',
          [
            ['dataset', 'varchar'],
            ['kind', 'varchar'],
            ['subject', 'varchar'],
            ['message', 'varchar'],
            ['file', 'varchar'],
            ['excluded', 'boolean'],
          ],
          result.flags.map((f) => [dataset, f.kind, f.subject, f.message, f.file, f.excluded]),
        );
        const durationMs = performance.now() - started;
        await run('INSERT INTO dataset_imports VALUES (?, ?, ?, now(), ?)', [
          dataset,
          fingerprint,
          total,
          durationMs,
        ]);
        return {
          dataset,
          fingerprint,
          rows: total,
          importedAt: new Date().toISOString(),
          durationMs,
          files: result.files,
        };
      });
    },

    async coverage(dataset, tables): Promise<DatasetCoverage> {
      let firstDay: Day | null = null;
      let lastDay: Day | null = null;
      let count = 0;
      for (const { table, dayColumn } of tables) {
        const range = dayColumn
          ? `strftime(min(${dayColumn}), '%Y-%m-%d') AS first, strftime(max(${dayColumn}), '%Y-%m-%d') AS last`
          : 'NULL AS first, NULL AS last';
        const [r] = await rows<{ first: Day | null; last: Day | null; n: number }>(
          `SELECT ${range}, count(*)::DOUBLE AS n FROM ${table} WHERE dataset = ?`,
          [dataset],
        );
        if (!r) continue;
        count += r.n;
        if (r.first && (!firstDay || r.first < firstDay)) firstDay = r.first;
        if (r.last && (!lastDay || r.last > lastDay)) lastDay = r.last;
      }
      return { dataset, firstDay, lastDay, rows: count };
    },

    async qualityFlags() {
      return rows<QualityFlag>(
        'SELECT dataset, kind, subject, message, file, coalesce(excluded, false) AS excluded FROM quality_flags ORDER BY dataset, kind, subject',
      );
    },

    async flaggedPoints() {
      return rows<FlaggedPoint>(
        `SELECT dataset, protocol, chain, section, strftime(day, '%Y-%m-%d') AS day, tvl_usd AS usd, flag FROM (
           SELECT dataset, protocol, chain, section, day, tvl_usd, flag FROM protocol_chain_tvl_daily WHERE flag IS NOT NULL
           UNION ALL
           SELECT dataset, protocol, NULL, section, day, tvl_usd, flag FROM protocol_tvl_daily WHERE flag IS NOT NULL)
         WHERE dataset IN (SELECT dataset FROM dataset_imports) ORDER BY dataset, protocol, day, chain, section`,
      );
    },

    ...createReads(rows),
    ...createTvlReads(rows),
    ...createYieldReads((sql, params) => queryObjects(live.conn, sql, params)),
    ...createIngestParts(rows, inTransaction, commits),
    ...createMarketStore({ rows, run, tx, inTransaction }),

    async limitMemory(mib) {
      await run(`SET memory_limit = '${Math.max(64, Math.floor(mib))}MB'`);
    },

    /** Closes the store; a store that met no fault is stamped sound (its next open skips the whole read). */
    async reclaimSpace(): Promise<SpaceReclaimed> {
      const bytesBefore = statSync(path).size;
      const copy = await writeCompactCopy(live.session, path);
      if (copy.file === null)
        return { bytesBefore, bytesAfter: statSync(path).size, rewritten: false, reason: copy.reason };
      shut();
      try {
        renameSync(copy.file, path);
        recordChecked(path);
      } catch (err) {
        rmSync(copy.file, { force: true });
        throw err;
      } finally {
        live = await connect(await openDuckDb(path));
      }
      const bytesAfter = statSync(path).size;
      return { bytesBefore, bytesAfter, rewritten: true, reason: 'rewritten without its free blocks' };
    },

    close() {
      shut();
      if (!faulted) recordChecked(path);
    },
  };
}
