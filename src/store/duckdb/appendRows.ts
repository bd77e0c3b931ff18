import {
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBDateValue,
  dateValue,
  LIST,
  listValue,
  VARCHAR,
} from '@duckdb/node-api';
import { StoreError } from '../../core/errors.ts';
import type { Column, ColumnType } from '../store.ts';

const VARCHAR_LIST = LIST(VARCHAR);
/** Date values by day text, made once each (bounded by the calendar: ~365 a year). */
const DATES = new Map<string, DuckDBDateValue>();

/**
 * Appends rows through DuckDB's appender (~1M rows/s). Each row is an array in `columns` order;
 * null is NULL; dates are `YYYY-MM-DD` strings; the table's columns after `columns` (derived ones the
 * store fills in itself) are NULL. The appender joins the connection's open transaction.
 */
export async function appendRows(
  conn: DuckDBConnection,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const appender = await conn.createAppender(table);
  const day = (text: string, column: string) => {
    let value = DATES.get(text);
    if (!value) {
      value = toDate(text, table, column);
      DATES.set(text, value);
    }
    return value;
  };
  const put = columns.map(([name, type]) =>
    type === 'date' ? (v: unknown) => appender.appendDate(day(String(v), name)) : writerOf(appender, type),
  );
  try {
    const trailing = appender.columnCount - columns.length;
    const width = columns.length;
    for (const row of rows) {
      for (let i = 0; i < width; i++) {
        const value = row[i];
        if (value === null || value === undefined) appender.appendNull();
        else (put[i] as (v: unknown) => void)(value);
      }
      for (let i = 0; i < trailing; i++) appender.appendNull();
      appender.endRow();
    }
    appender.flushSync();
  } catch (err) {
    // Drop what is buffered: an appender closed (or collected later) with rows left would flush them
    // into whatever transaction the connection runs next.
    appender.clear();
    throw err;
  } finally {
    appender.closeSync();
  }
}

/** The appender call for one column type, chosen once per column instead of once per cell. */
function writerOf(appender: DuckDBAppender, type: Exclude<ColumnType, 'date'>): (value: unknown) => void {
  switch (type) {
    case 'varchar':
      return (v) => appender.appendVarchar(typeof v === 'string' ? v : String(v));
    case 'double':
      return (v) => appender.appendDouble(typeof v === 'number' ? v : Number(v));
    case 'integer':
      return (v) => appender.appendInteger(Number(v));
    case 'bigint':
      return (v) => appender.appendBigInt(BigInt(v as number));
    case 'boolean':
      return (v) => appender.appendBoolean(Boolean(v));
    case 'varchar[]':
      return (v) => appender.appendList(listValue((v as string[]).map(String)), VARCHAR_LIST);
  }
}

function toDate(text: string, table: string, column: string): DuckDBDateValue {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) {
    throw new StoreError(`not a day: ${text}`, { source: table, field: column });
  }
  return dateValue(Math.round(Date.UTC(y, m - 1, d) / 86_400_000));
}
