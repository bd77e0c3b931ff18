// src/store/duckdb/queryRows.ts
async function queryRows(conn, sql, params) {
  const reader = params && params.length > 0 ? await conn.runAndReadAll(sql, [...params]) : await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS();
}
export {
  queryRows
};
