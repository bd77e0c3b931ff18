import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { StatementType } from '@duckdb/node-api';
import { engineReason } from '../../core/engineReason.ts';
import { ValidationError } from '../../core/errors.ts';
import { explained } from './explainedStatement.ts';

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
const REFUSED = new Set([
  'query',
  'query_table',
  'json_execute_serialized_sql',
  'current_setting',
  'getenv',
  'which_secret',
  'getvariable',
]);

/**
 * System views a query may read, besides the store's own tables: the catalog. Every other system view
 * (`duckdb_databases`, `pg_catalog.pg_settings`, `pragma_database_list`, ...) shows paths or settings.
 */
const ALLOWED_VIEWS = new Set([
  'duckdb_tables',
  'duckdb_columns',
  'duckdb_views',
  'duckdb_schemas',
  'duckdb_constraints',
  'duckdb_indexes',
  'duckdb_types',
  'information_schema.tables',
  'information_schema.columns',
]);

const where = (place?: string) => (place ? { source: 'query', place } : { source: 'query' });

/**
 * Parses one SQL statement and lets through only a read: a SELECT (WITH, FROM-first, VALUES, SHOW,
 * DESCRIBE, SUMMARIZE) or an EXPLAIN (ANALYZE) of one. The statement's syntax tree (DuckDB's own
 * parser, `json_serialize_sql`) is walked for every function it calls and every table it reads, so a
 * function that runs SQL from a string or reveals paths and settings, and a system view that does
 * (`duckdb_databases`, `pg_settings`), are refused wherever they sit: a query reads the store's own
 * tables, its catalog (`ALLOWED_SYSTEM`, `ALLOWED_VIEWS`) and its own WITH names. Returns the prepared
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
  const statement = tree.statements[0];
  for (const name of functionNames(statement)) {
    const lower = name.toLowerCase();
    const system = lower.startsWith('duckdb_') || lower.startsWith('pragma_');
    if (REFUSED.has(lower) || (system && !ALLOWED_SYSTEM.has(lower)))
      throw new ValidationError(
        `${name}() is refused here: it runs SQL from a string or shows paths and settings`,
        where(),
      );
  }
  const refs = tableRefs(statement);
  if (refs.tables.length === 0) return;
  const [db] = await queryNames(conn, `SELECT current_database() AS name`);
  const own = new Set(
    await queryNames(
      conn,
      `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database()
       UNION SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal`,
    ),
  );
  const system = new Set(
    await queryNames(conn, 'SELECT view_name AS name FROM duckdb_views() WHERE internal'),
  );
  for (const t of refs.tables) {
    const name = t.table.toLowerCase();
    const schema = t.schema.toLowerCase();
    const local =
      (t.catalog === '' || t.catalog.toLowerCase() === db) && (schema === '' || schema === 'main');
    const ok =
      (local && own.has(name)) ||
      (local && refs.ctes.has(name) && !system.has(name)) ||
      ALLOWED_VIEWS.has(schema === '' || schema === 'main' ? name : `${schema}.${name}`);
    if (!ok)
      throw new ValidationError(
        `"${[t.schema, t.table].filter(Boolean).join('.')}" is refused here: only the store's tables, its catalog and the query's WITH names can be read`,
        where(),
      );
  }
}

async function queryNames(conn: DuckDBConnection, sql: string): Promise<string[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => String(r.name).toLowerCase());
}

/** The tables a syntax tree reads (as written: catalog, schema, name) and the names its WITH clauses define. */
function tableRefs(
  node: unknown,
  found: { tables: { catalog: string; schema: string; table: string }[]; ctes: Set<string> } = {
    tables: [],
    ctes: new Set(),
  },
) {
  if (Array.isArray(node)) for (const child of node) tableRefs(child, found);
  else if (node && typeof node === 'object') {
    const n = node as {
      type?: unknown;
      table_name?: unknown;
      schema_name?: unknown;
      catalog_name?: unknown;
      cte_map?: { map?: { key?: unknown }[] };
    };
    if (n.type === 'BASE_TABLE' && typeof n.table_name === 'string')
      found.tables.push({
        catalog: String(n.catalog_name ?? ''),
        schema: String(n.schema_name ?? ''),
        table: n.table_name,
      });
    for (const entry of n.cte_map?.map ?? [])
      if (typeof entry.key === 'string') found.ctes.add(entry.key.toLowerCase());
    for (const child of Object.values(node)) tableRefs(child, found);
  }
  return found;
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
