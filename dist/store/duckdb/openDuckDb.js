// src/store/duckdb/openDuckDb.ts
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import { StoreError } from "../../core/errors.js";
var DEFAULT_LOCK_WAIT_MS = 15e3;
var LOCK_POLL_MS = 100;
async function openDuckDb(path, options = {}) {
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const config = options.readOnly ? { access_mode: "READ_ONLY", enable_external_access: "false" } : {};
  const deadline = Date.now() + (options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
  for (; ; ) {
    try {
      return await DuckDBInstance.create(path, config);
    } catch (cause) {
      const text = String(cause.message ?? cause);
      const locked = /lock/i.test(text);
      if (locked && Date.now() < deadline) {
        await sleep(LOCK_POLL_MS);
        continue;
      }
      const reason = locked ? "the store is in use by another Faultline process (DuckDB allows one writer); wait for it or use another --db" : `cannot open the store: ${text}`;
      throw new StoreError(reason, { source: path }, { cause });
    }
  }
}
export {
  DEFAULT_LOCK_WAIT_MS,
  openDuckDb
};
