import { type Command, Option } from 'commander';
import type { Cell } from './output.ts';

/** `faultline query "SQL" [--format table|json|csv]`: read-only SQL over the store. */
export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run read-only SQL over the store (writes are refused)')
    .argument('<sql>', 'SQL to run, e.g. "SELECT * FROM chain_tvl_daily LIMIT 5"')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .action(async (sql: string, options: { format: 'table' | 'json' | 'csv' }) => {
      const [{ withApp }, { writeCsv, writeJson, writeTable }] = await Promise.all([
        import('./withApp.ts'),
        import('./output.ts'),
      ]);
      await withApp(program, async (app) => {
        const { columns, rows } = await app.query(sql);
        if (options.format === 'json') {
          writeJson(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))));
        } else if (options.format === 'csv') {
          writeCsv(columns, rows as Cell[][]);
        } else {
          writeTable(
            columns,
            rows.map((r) =>
              r.map((v) => (v === null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v))),
            ),
          );
        }
      });
    });
}
