import type { View, ViewCell } from '../view.ts';

const quote = (v: ViewCell) =>
  v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);

/**
 * A view's main table as RFC 4180 CSV: column keys as the header, raw values (USD in dollars,
 * fractions as fractions), null as an empty field.
 */
export function renderCsv(view: View): string {
  const table = view.tables[0];
  if (!table) return '';
  return `${[table.columns.map((c) => c.key), ...table.rows].map((r) => r.map(quote).join(',')).join('\n')}\n`;
}
