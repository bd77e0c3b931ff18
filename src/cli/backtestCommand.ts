import type { Command } from 'commander';
import { type BacktestReport, runBacktest } from '../analytics/runBacktest.ts';
import { latestDataDay } from '../analytics/watchlist.ts';
import { addDays, type Day } from '../core/day.ts';
import { ConfigError } from '../core/errors.ts';
import type { BacktestResult } from '../risk/sustainability/backtest.ts';
import { ensureData } from './ensureData.ts';
import { dayOption } from './options.ts';
import { writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);

function writePart(name: string, r: BacktestResult): void {
  process.stdout.write(
    `\n${name} ${r.from} … ${r.to}: ${r.protocols} protocols, ${r.collapses} collapses; precision ${pct(r.precision)}, recall ${pct(r.recall)}, median lead ${r.medianLeadDays ?? 'n/a'} days\n`,
  );
  writeTable(
    ['caught', 'first warning', 'collapse visible', 'lead (days)'],
    r.caught.map((c) => [`${c.name} (${c.id})`, c.firstWarning, c.visibleDay, c.leadDays]),
    false,
  );
  process.stdout.write(
    `missed: ${r.missed.map((m) => `${m.name} (visible ${m.visibleDay})`).join(', ') || 'none'}\n`,
  );
  process.stdout.write(
    `false alarms: ${r.falseAlarms.map((f) => `${f.name} (${f.firstWarning})`).join(', ') || 'none'}\n`,
  );
}

/** `faultline backtest`: the score at monthly points on real history against the collapses that followed. */
export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('score every protocol monthly on history, compare with the collapses that followed')
    .option('--from <day>', 'first month scored', '2021-01-01')
    .option('--to <day>', 'last day scored (default: the last day of the stored daily history)')
    .option(
      '--split <day>',
      'weights are chosen on the months before this day and judged on the rest',
      '2024-01-01',
    )
    .option('--json', 'print as JSON')
    .action((o: { from: string; to?: string; split: string; json?: boolean }) =>
      withApp(program, async (app) => {
        await ensureData(app);
        const data = await app.sustainability();
        const from = dayOption(o.from, '--from') as Day;
        const split = dayOption(o.split, '--split') as Day;
        const to = dayOption(o.to, '--to') ?? latestDataDay(data);
        if (!to) throw new ConfigError('the store has no protocol history to backtest', { field: '--to' });
        if (!(from < split && split <= to))
          throw new ConfigError(`need --from ${from} < --split ${split} ≤ --to ${to}`, { field: '--split' });
        const report: BacktestReport = runBacktest(
          data,
          { train: { from, to: addDays(split, -1) }, test: { from: split, to } },
          (done, total) => {
            if (!o.json && process.stderr.isTTY)
              process.stderr.write(`\rscoring ${done}/${total} month × weight sets`);
          },
        );
        if (process.stderr.isTTY && !o.json) process.stderr.write('\n');
        if (o.json) return writeJson({ schema: 'faultline.backtest/v1', ...report });
        process.stdout.write(
          `Backtest: every protocol scored on the first day of each month (${report.points} months) from data up to that day only.\n` +
            `Collapse: ${report.collapseRule}.\n` +
            `Chosen on ${report.plan.train.from} … ${report.plan.train.to}: weights "${report.chosen.weights}", warn below ${report.chosen.threshold}/100 (train F1 ${report.chosen.trainF1?.toFixed(3)}); judged on ${report.plan.test.from} … ${report.plan.test.to}.\n`,
        );
        writeTable(
          ['weights', 'threshold', 'train F1', 'precision', 'recall'],
          report.candidates.map((c) => [
            c.weights,
            c.threshold,
            c.f1?.toFixed(3) ?? 'n/a',
            pct(c.precision),
            pct(c.recall),
          ]),
          false,
        );
        writePart('Train', report.train);
        writePart('Test (held out)', report.test);
      }),
    );
}
