import Table from 'cli-table3';
import pc from 'picocolors';
import type { View, ViewTable } from '../view.ts';
import { formatCell } from './formatCell.ts';

/** Table borders without a rule between rows. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** One table for a terminal, cells formatted by their column's unit; colour only when `color`. */
export function viewTableText(table: ViewTable, color: boolean): string {
  const t = new Table({
    head: table.columns.map((c) => c.label),
    style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
    chars: COMPACT,
  });
  t.push(
    ...table.rows.map((r) =>
      r.map((v, i) => formatCell(v, table.columns[i] ?? { label: '', key: '', unit: 'text' })),
    ),
  );
  return t.toString();
}

/**
 * Views for a terminal: headings (when `headings`), lines, tables and notes.
 * @example renderText([view], { color: false, headings: true })
 */
export function renderViewsText(
  views: readonly View[],
  options: { color: boolean; headings: boolean; title?: string },
): string {
  const bold = options.color ? pc.bold : (s: string) => s;
  const dim = options.color ? pc.dim : (s: string) => s;
  const out: string[] = options.title ? [bold(options.title), ''] : [];
  for (const view of views) {
    if (options.headings) out.push(bold(`== ${view.title} ==`));
    out.push(...view.lines);
    for (const table of view.tables) out.push(viewTableText(table, options.color));
    out.push(...view.notes.map((n) => dim(`  · ${n}`)));
    if (options.headings) out.push('');
  }
  return `${out.join('\n')}\n`;
}
