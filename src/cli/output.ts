import Table from 'cli-table3';

/** A cell as printed: text as is, numbers as given (callers format units), null as blank/NULL. */
export type Cell = string | number | boolean | null;

/** Writes rows as an aligned table (no row rules; coloured head on a TTY), with a row count. */
export function writeTable(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  footer = true,
): void {
  const table = new Table({
    head: [...columns],
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: process.stdout.isTTY ? { head: ['cyan'] } : { head: [], border: [] },
  });
  table.push(...rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
  process.stdout.write(`${table.toString()}\n`);
  if (footer) process.stdout.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
}

/** Writes rows as RFC 4180 CSV with a header line; null is an empty field. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const quote = (v: Cell) =>
    v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  process.stdout.write(`${[columns, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`);
}

/** Writes a value as indented JSON. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
