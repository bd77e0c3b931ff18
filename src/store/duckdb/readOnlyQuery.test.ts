import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ValidationError } from '../../core/errors.ts';
import { createDuckDbStore } from './duckdbStore.ts';
import { explained } from './explainedStatement.ts';
import { readOnlyQuery } from './readOnlyQuery.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-query-'));
const db = join(dir, 'store.duckdb');

/** The query is refused before it runs, with a message matching `reason` that names no path. */
async function refused(sql: string, reason: RegExp, options: { timeoutMs?: number } = {}): Promise<void> {
  await assert.rejects(readOnlyQuery(db, sql, options), (err: Error) => {
    assert.ok(err instanceof ValidationError, `${sql}: ${err.message}`);
    assert.match(err.message, reason, sql);
    assert.doesNotMatch(err.message, new RegExp(dir), 'no absolute path in the message');
    return true;
  });
}

describe(readOnlyQuery.name, () => {
  before(async () => {
    const store = await createDuckDbStore(db);
    await store.migrate();
    store.close();
  });

  it('answers SELECT, WITH, FROM-first, DESCRIBE, the table catalog and EXPLAIN (ANALYZE) of a SELECT', async () => {
    assert.deepEqual((await readOnlyQuery(db, "SELECT name FROM chains WHERE id = 'ethereum'")).rows, [
      ['Ethereum'],
    ]);
    const withRows = await readOnlyQuery(db, "WITH l2 AS (SELECT * FROM chains WHERE layer = 'L2') SELECT 1");
    assert.deepEqual(withRows.rows, [[1]]);
    assert.ok((await readOnlyQuery(db, 'FROM chains LIMIT 2')).rows.length === 2);
    assert.ok((await readOnlyQuery(db, 'DESCRIBE chains')).rows.length > 0);
    assert.ok(
      (await readOnlyQuery(db, "SELECT * FROM duckdb_tables() WHERE table_name = 'chains'")).rows.length ===
        1,
    );
    assert.ok((await readOnlyQuery(db, 'FROM duckdb_tables SELECT table_name')).rows.length > 0);
    assert.ok((await readOnlyQuery(db, 'SELECT * FROM information_schema.columns')).rows.length > 0);
    assert.ok((await readOnlyQuery(db, 'EXPLAIN SELECT count(*) FROM chains')).rows.length > 0);
    assert.ok((await readOnlyQuery(db, 'EXPLAIN ANALYZE SELECT count(*) FROM chains')).rows.length > 0);
  });

  it('refuses EXPLAIN ANALYZE of a write (it would run it): temp tables, inserts', async () => {
    await refused('EXPLAIN ANALYZE CREATE TEMP TABLE t AS SELECT 1', /EXPLAIN runs only of a SELECT/);
    await refused(
      'explain /* a comment */ analyse create temp table t as select 1',
      /EXPLAIN runs only of a SELECT/,
    );
    await refused('EXPLAIN (FORMAT json) CREATE TEMP TABLE t AS SELECT 1', /EXPLAIN runs only of a SELECT/);
    await refused(
      'EXPLAIN ANALYZE INSERT INTO chains SELECT * FROM chains',
      /EXPLAIN runs only of a SELECT|read-only/,
    );
    await refused('CREATE TEMP TABLE t AS SELECT 1', /CREATE statements are refused/);
    await refused('SELECT 1; CREATE TEMP TABLE t AS SELECT 1', /one statement at a time/);
  });

  it('refuses PRAGMA, SET, ATTACH and every way to the database list, paths and settings', async () => {
    await refused('PRAGMA database_list', /only SELECT, WITH and EXPLAIN of them run/);
    await refused('CALL duckdb_databases()', /refused/);
    await refused('SET threads = 1', /SET statements are refused/);
    await refused("ATTACH ':memory:' AS m", /refused/);
    await refused('SELECT path FROM duckdb_databases()', /duckdb_databases\(\) is refused here/);
    await refused(
      'SELECT * FROM (SELECT 1) AS x, LATERAL (SELECT * FROM DuckDB_Databases())',
      /is refused here/,
    );
    await refused("SELECT * FROM query('SELECT path FROM duckdb_databases()')", /query\(\) is refused here/);
    await refused("SELECT current_setting('temp_directory')", /current_setting\(\) is refused here/);
    await refused(
      "SELECT value FROM duckdb_settings() WHERE name = 'home_directory'",
      /duckdb_settings\(\) is refused/,
    );
    await refused('SELECT install_path FROM duckdb_extensions()', /duckdb_extensions\(\) is refused/);
    await refused('SELECT * FROM duckdb_temporary_files()', /is refused here/);
    await refused('SELECT path FROM duckdb_databases', /"duckdb_databases" is refused here/);
    await refused('SELECT setting FROM pg_catalog.pg_settings', /"pg_catalog\.pg_settings" is refused here/);
    await refused('FROM pg_settings', /"pg_settings" is refused here/);
    await refused('SELECT * FROM (WITH pg_settings AS (SELECT 1) SELECT 1), pg_settings', /is refused here/);
    await refused(
      "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT path FROM duckdb_databases()'))",
      /json_execute_serialized_sql\(\) is refused here/,
    );
  });

  it('stops a query that runs past its time limit, with DuckDB interrupt and a clear message', {
    timeout: 60_000,
  }, async () => {
    await refused('SELECT count(*) FROM range(30000000000)', /ran longer than 0\.3 s and was stopped/, {
      timeoutMs: 300,
    });
  });
});

describe(explained.name, () => {
  it('finds the statement after EXPLAIN, ANALYZE, options and comments', () => {
    assert.equal(explained('EXPLAIN SELECT 1'), 'SELECT 1');
    assert.equal(explained('  explain  analyze\n SELECT 1'), 'SELECT 1');
    assert.equal(explained('EXPLAIN -- c\n /* a /* nested */ b */ ANALYSE (FORMAT json) INSERT'), 'INSERT');
  });
});
