/** The first line of an engine's error message, without DuckDB's "X Error:" prefix. */
export function engineReason(err: unknown): string {
  const text = String((err as Error)?.message ?? err);
  return text.split('\n')[0]?.replace(/^[A-Za-z ]+Error: /, '') ?? text;
}
