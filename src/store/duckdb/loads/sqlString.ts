/** Quotes a text as a SQL string literal (DuckDB's table functions take literals, not parameters). */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
