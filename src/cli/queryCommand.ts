import Table from 'cli-table3';
import { type Command, Option } from 'commander';
import { withApp } from './withApp.ts';

/** `faultline query "SQL" [--format table|json|csv]`: read-only SQL over the store. */
export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run read-only SQL over the store (writes are refused)')
    .argument('<sql>', 'SQL to run, e.g. "SELECT * FROM chain_tvl_daily LIMIT 5"')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .action((sql: string, options: { format: 'table' | 'json' | 'csv' }) =>
      withApp(program, async (app) => {
        const { columns, rows } = await app.query(sql);
        if (options.format === 'json') {
          process.stdout.write(
            `${JSON.stringify(
              rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))),
              null,
              2,
            )}\n`,
          );
        } else if (options.format === 'csv') {
          const quote = (v: unknown) =>
            v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
          process.stdout.write(`${[columns, ...rows].map((r) => r.map(quote).join(',')).join('\n')}\n`);
        } else {
          const table = new Table({
            head: columns,
            style: process.stdout.isTTY ? { head: ['cyan'] } : { head: [], border: [] },
          });
          table.push(
            ...rows.map((r) =>
              r.map((v) => (v === null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v))),
            ),
          );
          process.stdout.write(`${table.toString()}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
        }
      }),
    );
}
