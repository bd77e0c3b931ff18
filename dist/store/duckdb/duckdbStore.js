// src/store/duckdb/duckdbStore.ts
import { CHAINS } from "../../model/chains.js";
import { appendRows } from "./appendRows.js";
import { deriveTvlFacts } from "./deriveTvlFacts.js";
import { createIngestParts } from "./ingestWrites.js";
import { MIGRATIONS } from "./migrations.js";
import { openDuckDb } from "./openDuckDb.js";
import { createReads } from "./reads.js";
import { createSession, createSessionPool } from "./session.js";
import { createTvlReads } from "./tvlReads.js";
var DERIVED_TVL_MIGRATIONS = /* @__PURE__ */ new Set([2, 3, 4]);
async function createDuckDbStore(path) {
  const instance = await openDuckDb(path);
  const conn = await instance.connect();
  const { rows, run, tx, inTransaction } = createSession(conn);
  const commits = createSessionPool(instance, 2);
  return {
    async migrate() {
      await run(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
      );
      const applied = new Set(
        (await rows("SELECT version FROM schema_migrations")).map((r) => r.version)
      );
      const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
      for (const migration of pending) {
        await inTransaction(async () => {
          await run(migration.sql);
          await run("INSERT INTO schema_migrations VALUES (?, ?, now())", [
            migration.version,
            migration.name
          ]);
        });
      }
      if (applied.size > 0 && pending.some((m) => DERIVED_TVL_MIGRATIONS.has(m.version))) {
        await inTransaction(() => deriveTvlFacts(run, { dataset: null }));
      }
      await inTransaction(async () => {
        await run("DELETE FROM chains");
        await appendRows(
          conn,
          "chains",
          [
            ["id", "varchar"],
            ["name", "varchar"],
            ["layer", "varchar"],
            ["parent", "varchar"],
            ["stack", "varchar"],
            ["da", "varchar"]
          ],
          [...CHAINS.values()].map((c) => [c.id, c.name, c.layer, c.parent, c.stack, c.da])
        );
      });
    },
    async datasetImports() {
      const imports = await rows(
        `SELECT dataset, fingerprint, rows::DOUBLE AS rows, strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS "importedAt",
           duration_ms AS "durationMs" FROM dataset_imports ORDER BY dataset`
      );
      const files = await rows(
        "SELECT dataset, file, sha256, bytes::DOUBLE AS bytes, rows::DOUBLE AS rows FROM import_files ORDER BY dataset, file"
      );
      return imports.map((i) => ({
        ...i,
        files: files.filter((f) => f.dataset === i.dataset).map(({ dataset: _, ...f }) => f)
      }));
    },
    async replaceDataset(dataset, fingerprint, tables, load) {
      const started = performance.now();
      return inTransaction(async () => {
        for (const table of [...tables, "quality_flags", "import_files", "dataset_imports"]) {
          await run(`DELETE FROM ${table} WHERE dataset = ?`, [dataset]);
        }
        const result = await load(tx);
        await deriveTvlFacts(run, { dataset });
        const total = result.files.reduce((n, f) => n + f.rows, 0);
        await tx.append(
          "import_files",
          [
            ["dataset", "varchar"],
            ["file", "varchar"],
            ["sha256", "varchar"],
            ["bytes", "bigint"],
            ["rows", "bigint"]
          ],
          result.files.map((f) => [dataset, f.file, f.sha256, f.bytes, f.rows])
        );
        await tx.append(
          "quality_flags",
          [
            ["dataset", "varchar"],
            ["kind", "varchar"],
            ["subject", "varchar"],
            ["message", "varchar"],
            ["file", "varchar"]
          ],
          result.flags.map((f) => [dataset, f.kind, f.subject, f.message, f.file])
        );
        const durationMs = performance.now() - started;
        await run("INSERT INTO dataset_imports VALUES (?, ?, ?, now(), ?)", [
          dataset,
          fingerprint,
          total,
          durationMs
        ]);
        return {
          dataset,
          fingerprint,
          rows: total,
          importedAt: (/* @__PURE__ */ new Date()).toISOString(),
          durationMs,
          files: result.files
        };
      });
    },
    async coverage(dataset, tables) {
      let firstDay = null;
      let lastDay = null;
      let count = 0;
      for (const { table, dayColumn } of tables) {
        const range = dayColumn ? `strftime(min(${dayColumn}), '%Y-%m-%d') AS first, strftime(max(${dayColumn}), '%Y-%m-%d') AS last` : "NULL AS first, NULL AS last";
        const [r] = await rows(
          `SELECT ${range}, count(*)::DOUBLE AS n FROM ${table} WHERE dataset = ?`,
          [dataset]
        );
        if (!r) continue;
        count += r.n;
        if (r.first && (!firstDay || r.first < firstDay)) firstDay = r.first;
        if (r.last && (!lastDay || r.last > lastDay)) lastDay = r.last;
      }
      return { dataset, firstDay, lastDay, rows: count };
    },
    async qualityFlags() {
      return rows(
        "SELECT dataset, kind, subject, message, file FROM quality_flags ORDER BY dataset, kind, subject"
      );
    },
    ...createReads(rows),
    ...createTvlReads(rows),
    ...createIngestParts(rows, inTransaction, commits),
    async limitMemory(mib) {
      await run(`SET memory_limit = '${Math.max(64, Math.floor(mib))}MB'`);
    },
    close() {
      commits.close();
      conn.closeSync();
      instance.closeSync();
    }
  };
}
export {
  createDuckDbStore
};
