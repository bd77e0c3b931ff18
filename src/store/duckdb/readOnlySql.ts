import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { StatementType } from '@duckdb/node-api';
import { engineReason } from '../../core/engineReason.ts';
import { ValidationError } from '../../core/errors.ts';

/** System functions a query may call: the catalog of tables and columns, nothing about files or settings. */
const ALLOWED_SYSTEM = new Set([
  'duckdb_tables',
  'duckdb_columns',
  'duckdb_views',
  'duckdb_schemas',
  'duckdb_constraints',
  'duckdb_indexes',
  'duckdb_types',
  'duckdb_functions',
  'duckdb_keywords',
  'pragma_table_info',
  'pragma_show',
  'pragma_storage_info',
]);

/**
 * Functions refused by name: `query`/`query_table` run SQL from a string (which no check sees), the
 * rest reveal absolute paths, settings or the environment (`duckdb_databases`, `duckdb_settings`,
 * `current_setting`, `duckdb_extensions`, `duckdb_temporary_files`, ...). Any other `duckdb_*` or
 * `pragma_*` function is refused too unless `ALLOWED_SYSTEM` lists it.
 */
const REFUSED = new Set(['query', 'query_table', 'current_setting', 'getenv', 'which_secret', 'getvariable']);

const where = (place?: string) => (place ? { source: 'query', place } : { source: 'query' });

/**
 * Parses one SQL statement and lets through only a read: a SELECT (WITH, FROM-first, VALUES, SHOW,
 * DESCRIBE, SUMMARIZE) or an EXPLAIN (ANALYZE) of one. The statement's syntax tree (DuckDB's own
 * parser, `json_serialize_sql`) is walked for every function it calls, so a function that runs SQL
 * from a string or reveals paths and settings is refused wherever it sits. Returns the prepared
 * statement, ready to run.
 */
export async function prepareReadOnly(conn: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let extracted: Awaited<ReturnType<typeof conn.extractStatements>>;
  try {
    extracted = await conn.extractStatements(sql);
  } catch (err) {
    throw new ValidationError(`SQL does not parse: ${engineReason(err)}`, where());
  }
  if (extracted.count === 0) throw new ValidationError('empty query', where());
  if (extracted.count > 1)
    throw new ValidationError(`one statement at a time: found ${extracted.count}`, where());
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await extracted.prepare(0);
  } catch (err) {
    const reason = /file system operations are disabled/.test(engineReason(err))
      ? 'the store is read-only here: file access (COPY, read_csv, ATTACH, ...) is refused'
      : engineReason(err);
    throw new ValidationError(reason, where());
  }
  const type = prepared.statementType;
  if (type === StatementType.SELECT) await assertPlainSelect(conn, sql);
  else if (type === StatementType.EXPLAIN) await assertPlainSelect(conn, explained(sql), 'EXPLAIN');
  else
    throw new ValidationError(
      `the store is read-only here: ${StatementType[type]} statements are refused (only SELECT, WITH and EXPLAIN of them run)`,
      where(),
    );
  return prepared;
}

/** Checks, on DuckDB's syntax tree, that `sql` is one SELECT calling no refused function. */
async function assertPlainSelect(conn: DuckDBConnection, sql: string, of?: string): Promise<void> {
  const reader = await conn.runAndReadAll('SELECT json_serialize_sql(?::VARCHAR) AS tree', [sql]);
  const tree = JSON.parse(String(reader.getRowObjectsJS()[0]?.tree)) as {
    error: boolean;
    statements?: unknown[];
  };
  if (tree.error || tree.statements?.length !== 1)
    throw new ValidationError(
      of
        ? `the store is read-only here: ${of} runs only of a SELECT`
        : 'the store is read-only here: only SELECT, WITH and EXPLAIN of them run',
      where(),
    );
  for (const name of functionNames(tree.statements[0])) {
    const lower = name.toLowerCase();
    const system = lower.startsWith('duckdb_') || lower.startsWith('pragma_');
    if (REFUSED.has(lower) || (system && !ALLOWED_SYSTEM.has(lower)))
      throw new ValidationError(
        `${name}() is refused here: it runs SQL from a string or shows paths and settings`,
        where(),
      );
  }
}

/** Every function name a syntax tree calls (scalar, aggregate, table functions). */
function functionNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) functionNames(child, found);
  else if (node && typeof node === 'object') {
    const fn = (node as { function_name?: unknown }).function_name;
    if (typeof fn === 'string') found.add(fn);
    for (const child of Object.values(node)) functionNames(child, found);
  }
  return found;
}

/**
 * The statement an EXPLAIN explains: the text after `EXPLAIN`, an optional `ANALYZE` (or `ANALYSE`)
 * and an optional option list in parentheses, skipping comments between them.
 */
export function explained(sql: string): string {
  let at = 0;
  const skip = () => {
    for (;;) {
      const rest = sql.slice(at);
      const space = /^\s+/.exec(rest);
      if (space) at += space[0].length;
      else if (rest.startsWith('--')) at = nextLine(sql, at);
      else if (rest.startsWith('/*')) at = afterComment(sql, at);
      else return;
    }
  };
  const word = (re: RegExp) => {
    skip();
    const m = re.exec(sql.slice(at));
    if (m) at += m[0].length;
    return m !== null;
  };
  word(/^explain\b/i);
  word(/^analy[sz]e\b/i);
  skip();
  if (sql[at] === '(') {
    let depth = 0;
    for (; at < sql.length; at++) {
      if (sql[at] === '(') depth++;
      if (sql[at] === ')' && --depth === 0) {
        at++;
        break;
      }
    }
    skip();
  }
  return sql.slice(at);
}

const nextLine = (sql: string, at: number) => {
  const end = sql.indexOf('\n', at);
  return end < 0 ? sql.length : end + 1;
};

/** The index after a block comment starting at `at` (nested, as PostgreSQL's grammar allows). */
function afterComment(sql: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return sql.length;
}
