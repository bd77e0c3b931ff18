import { renameSync, rmSync, statSync } from 'node:fs';
import type { DuckDBInstance } from '@duckdb/node-api';
import type { SpaceReclaimed, Store } from '../store.ts';
import { recordChecked } from './checkedStamp.ts';
import { writeCompactCopy } from './compactCopy.ts';
import { createIngestWrites } from './ingestWrites.ts';
import { createLayerReads } from './layerReads.ts';
import { createLendingReads } from './lendingReads.ts';
import { createMarketStore } from './marketStore.ts';
import { migrateStore } from './migrateStore.ts';
import { openDuckDb } from './openDuckDb.ts';
import { createOracleReads } from './oracleReads.ts';
import { createProvenanceReads } from './provenanceReads.ts';
import { queryObjects } from './queryObjects.ts';
import { createSession, createSessionPool, type Session } from './session.ts';
import { createTvlReads } from './tvlReads.ts';
import { createYieldReads } from './yieldReads.ts';

/**
 * Creates the DuckDB store on a file (created on first use), composed of one DuckDB part per area of
 * `Store`. Every part reaches the engine through `session` (and `commits`), which follow the live
 * engine: `reclaimSpace` swaps it for one on a compact copy of the file, and no part holds the old one.
 * Nothing else may run on the store during the swap (imports run one at a time).
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
  // The store's own session, read through `live` on every call.
  const session: Session = {
    rows: (sql, params) => live.session.rows(sql, params),
    run: (sql, params) => live.session.run(sql, params),
    tx: {
      run: (sql, params) => live.session.tx.run(sql, params),
      rows: (sql, params) => live.session.tx.rows(sql, params),
      append: (table, columns, data) => live.session.tx.append(table, columns, data),
    },
    inTransaction: (work) => live.session.inTransaction(work),
  };
  const commits = { use: <T>(work: (s: Session) => Promise<T>) => live.pool.use(work) };
  const market = createMarketStore(session);
  const ingest = createIngestWrites(session, commits);
  // Before a write, not after: a write that fails half-way or a process killed mid-write leaves a new
  // revision, so nothing keyed on the old one is taken for the data now held.
  const revise = () =>
    session.run('UPDATE store_revision SET revision = uuid()::VARCHAR, changed_at = now()');

  return {
    migrate: () => migrateStore(session),
    ...createTvlReads(session.rows),
    ...createLayerReads(session.rows),
    ...createLendingReads(session.rows),
    ...createYieldReads((sql, params) => queryObjects(live.conn, sql, params)),
    ...market,
    ...createOracleReads(session.rows),
    ...ingest,
    async replaceDataset(...args) {
      await revise();
      return ingest.replaceDataset(...args);
    },
    async commitUnit(commit) {
      await revise();
      return ingest.commitUnit(commit);
    },
    async recordUnitFailure(...args) {
      await revise();
      return ingest.recordUnitFailure(...args);
    },
    async saveMarketScan(...args) {
      await revise();
      return market.saveMarketScan(...args);
    },
    async writeMarketSnapshot(snapshot) {
      await revise();
      return market.writeMarketSnapshot(snapshot);
    },
    async revision() {
      const [row] = await session.rows<{ revision: string }>('SELECT revision FROM store_revision');
      if (!row) throw new Error(`the store ${path} has no revision row (migration 9)`);
      return row.revision;
    },
    ...createProvenanceReads(session.rows),

    async limitMemory(mib) {
      await session.run(`SET memory_limit = '${Math.max(64, Math.floor(mib))}MB'`);
    },

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

    /** Closes the store; a store that met no fault is stamped sound (its next open skips the whole read). */
    close() {
      shut();
      if (!faulted) recordChecked(path);
    },
  };
}
