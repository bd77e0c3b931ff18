import Table from 'cli-table3';
import pc from 'picocolors';
import type { Report } from '../report.ts';
import { reportSections } from '../sections.ts';

/** Table borders without a rule between rows. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** Renders the report for a terminal: headings, tables and sparklines; colour only when `color`. */
export function renderText(report: Report, options: { color: boolean }): string {
  const bold = options.color ? pc.bold : (s: string) => s;
  const dim = options.color ? pc.dim : (s: string) => s;
  const out: string[] = [bold('Faultline: DeFi ecosystem report'), ''];
  for (const section of reportSections(report)) {
    out.push(bold(`== ${section.title} ==`), ...section.lines);
    if (section.table) {
      const table = new Table({
        head: section.table.head,
        style: options.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
        chars: COMPACT,
      });
      table.push(...section.table.rows);
      out.push(table.toString());
    }
    out.push(...section.notes.map((n) => dim(`  · ${n}`)), '');
  }
  return out.join('\n');
}
