import type { Command } from 'commander';
import { formatOption } from './options.ts';

/**
 * `faultline quality`: every data-quality flag, from file imports, live ingestion and the lending book,
 * each saying whether its data counts in figures (`--include-flagged` puts kept-out points back).
 */
export function registerQuality(program: Command): void {
  program
    .command('quality')
    .description('data-quality flags: points kept out of totals, warnings, stale or unpriced sources')
    .option('--protocol <slug>', 'only flags of this stored protocol key')
    .option('--kind <kind>', 'only flags of this kind (negative, rejected-negative-tvl, stale, ...)')
    .option('--excluded', 'only flags whose data is kept out of figures')
    .option('--limit <n>', 'flags returned (1–5000)', '100')
    .option('--offset <n>', 'flags skipped', '0')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { quality }, { qualityView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/quality.ts'),
        import('../report/views/qualityView.ts'),
      ]);
      await ask(program, json ? 'json' : format, (app) => quality(app, parameters), qualityView);
    });
}
