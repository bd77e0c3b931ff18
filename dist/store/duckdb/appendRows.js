// src/store/duckdb/appendRows.ts
import {
  dateValue,
  LIST,
  listValue,
  VARCHAR
} from "@duckdb/node-api";
import { StoreError } from "../../core/errors.js";
var VARCHAR_LIST = LIST(VARCHAR);
var DATES = /* @__PURE__ */ new Map();
async function appendRows(conn, table, columns, rows) {
  const appender = await conn.createAppender(table);
  const day = (text, column) => {
    let value = DATES.get(text);
    if (!value) {
      value = toDate(text, table, column);
      DATES.set(text, value);
    }
    return value;
  };
  const put = columns.map(
    ([name, type]) => type === "date" ? (v) => appender.appendDate(day(String(v), name)) : writerOf(appender, type)
  );
  try {
    const trailing = appender.columnCount - columns.length;
    const width = columns.length;
    for (const row of rows) {
      for (let i = 0; i < width; i++) {
        const value = row[i];
        if (value === null || value === void 0) appender.appendNull();
        else put[i](value);
      }
      for (let i = 0; i < trailing; i++) appender.appendNull();
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
function writerOf(appender, type) {
  switch (type) {
    case "varchar":
      return (v) => appender.appendVarchar(typeof v === "string" ? v : String(v));
    case "double":
      return (v) => appender.appendDouble(typeof v === "number" ? v : Number(v));
    case "integer":
      return (v) => appender.appendInteger(Number(v));
    case "bigint":
      return (v) => appender.appendBigInt(BigInt(v));
    case "boolean":
      return (v) => appender.appendBoolean(Boolean(v));
    case "varchar[]":
      return (v) => appender.appendList(listValue(v.map(String)), VARCHAR_LIST);
  }
}
function toDate(text, table, column) {
  const [y, m, d] = text.split("-").map(Number);
  if (y === void 0 || m === void 0 || d === void 0) {
    throw new StoreError(`not a day: ${text}`, { source: table, field: column });
  }
  return dateValue(Math.round(Date.UTC(y, m - 1, d) / 864e5));
}
export {
  appendRows
};
