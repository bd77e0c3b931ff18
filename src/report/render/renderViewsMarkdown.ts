import type { View } from '../view.ts';
import { formatCell } from './formatCell.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Views as GitHub-flavoured Markdown, under a level-1 title when given. */
export function renderViewsMarkdown(views: readonly View[], title?: string): string {
  const out = title ? [`# ${title}`, ''] : [];
  for (const view of views) {
    out.push(`## ${view.title}`, '', ...view.lines.flatMap((l) => [l, '']));
    for (const table of view.tables) {
      out.push(
        `| ${table.columns.map((c) => cell(c.label)).join(' | ')} |`,
        `|${table.columns.map(() => ' --- ').join('|')}|`,
        ...table.rows.map(
          (row) =>
            `| ${row.map((v, i) => cell(formatCell(v, table.columns[i] ?? { label: '', key: '', unit: 'text' }))).join(' | ')} |`,
        ),
        '',
      );
    }
    out.push(...view.notes.map((n) => `- ${n}`), '');
  }
  return out.join('\n');
}
