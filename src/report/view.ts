/**
 * What a question's answer looks like to a person: a title, lines, tables and notes. Every view is
 * built from a use-case document (it computes nothing); the CLI and the report render the same view
 * as text, Markdown, CSV or HTML.
 */

/** How a cell's value is shown: its unit decides the formatting, never the value. */
export type Unit = 'usd' | 'eth' | 'btc' | 'fraction' | 'count' | 'number' | 'day' | 'text' | 'bool';

/** A column: its label for people, its key for CSV headers, and the unit of its cells. */
export type ViewColumn = { label: string; key: string; unit: Unit; digits?: number };

/** A raw cell: formatted by the renderer from its column's unit; null is unknown, never zero. */
export type ViewCell = string | number | boolean | null;

export type ViewTable = { columns: ViewColumn[]; rows: ViewCell[][] };

/** A series of a line chart: a null point is a gap (unknown or not comparable), never drawn as a move. */
export type ChartSeries = { label: string; points: { x: string; y: number | null }[]; dashed?: boolean };

/** A chart the HTML report draws beside a view's tables (the text formats show the tables only). */
export type ViewChart =
  | { kind: 'line'; title: string; unit: 'fraction'; series: ChartSeries[] }
  | { kind: 'bar'; title: string; unit: Unit; bars: { label: string; value: number }[] };

export type View = {
  id: string;
  title: string;
  lines: string[];
  /** The first table is the answer's main one (what `--format csv` writes). */
  tables: ViewTable[];
  notes: string[];
  charts?: ViewChart[];
};

/** A column; the CSV key defaults to the label in snake case. */
export function column(label: string, unit: Unit, key?: string, digits?: number): ViewColumn {
  const k =
    key ??
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
  return digits === undefined ? { label, key: k, unit } : { label, key: k, unit, digits };
}
