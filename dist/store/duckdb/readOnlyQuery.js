// src/store/duckdb/readOnlyQuery.ts
import { existsSync } from "node:fs";
import { StatementType } from "@duckdb/node-api";
import { engineReason } from "../../core/engineReason.js";
import { StoreError, ValidationError } from "../../core/errors.js";
import { openDuckDb } from "./openDuckDb.js";
var READ_STATEMENTS = /* @__PURE__ */ new Set([StatementType.SELECT, StatementType.EXPLAIN, StatementType.PRAGMA]);
async function readOnlyQuery(path, sql) {
  if (!existsSync(path)) throw new StoreError("no store yet: run `faultline import` first", { source: path });
  const instance = await openDuckDb(path, { readOnly: true });
  const conn = await instance.connect();
  try {
    let extracted;
    try {
      extracted = await conn.extractStatements(sql);
    } catch (err) {
      throw new ValidationError(`SQL does not parse: ${engineReason(err)}`, { source: "query" });
    }
    if (extracted.count === 0) throw new ValidationError("empty query", { source: "query" });
    let result = { columns: [], rows: [] };
    for (let i = 0; i < extracted.count; i++) {
      let prepared;
      try {
        prepared = await extracted.prepare(i);
      } catch (err) {
        const reason = /file system operations are disabled/.test(engineReason(err)) ? "the store is read-only here: file access (COPY, read_csv, ATTACH, ...) is refused" : engineReason(err);
        throw new ValidationError(reason, { source: "query", place: `statement ${i + 1}` });
      }
      if (!READ_STATEMENTS.has(prepared.statementType)) {
        throw new ValidationError(
          `the store is read-only here: ${StatementType[prepared.statementType]} statements are refused`,
          {
            source: "query",
            place: `statement ${i + 1}`
          }
        );
      }
      const reader = await prepared.runAndReadAll();
      result = { columns: reader.columnNames(), rows: reader.getRowsJson() };
    }
    return result;
  } catch (err) {
    if (err instanceof ValidationError || err instanceof StoreError) throw err;
    throw new ValidationError(engineReason(err), { source: "query" }, { cause: err });
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
export {
  readOnlyQuery
};
