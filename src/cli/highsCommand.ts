import { type Command, Option } from 'commander';
import { chainSeries } from '../analytics/chainSeries.ts';
import { highs } from '../analytics/highs.ts';
import { usd } from '../report/format.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { writeCsv, writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

/** `faultline highs --chain C --window N`: the days a chain's TVL set an N-day high. */
export function registerHighs(program: Command): void {
  program
    .command('highs')
    .description("the days a chain's TVL set an N-day high (≥ the max of the N days before)")
    .requiredOption('--chain <chain>', 'a chain (any spelling)')
    .option('--window <days>', 'N, in days', '90')
    .option('--from <day>', 'first UTC day listed')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
    )
    .action((options: { chain: string; window: string; from?: string; asOf?: string; format: string }) =>
      withApp(program, async (app) => {
        const window = numberOption(options.window, '--window', 90);
        const from = dayOption(options.from, '--from');
        const asOf = dayOption(options.asOf, '--as-of');
        await ensureData(app);
        const series = await chainSeries(await app.tvl(asOf), options.chain, asOf);
        const found = highs(series.points, window).filter((h) => from === null || h.day >= from);
        const last = series.points.at(-1);
        if (options.format === 'json') {
          writeJson({
            schema: 'faultline.highs/v1',
            chain: series.chain,
            windowDays: window,
            source: series.source,
            lastDay: last?.day,
            highs: found,
          });
          return;
        }
        if (options.format === 'csv') {
          writeCsv(
            ['day', 'tvl_usd', 'previous_max_usd'],
            found.map((h) => [h.day, h.value, h.previousMax]),
          );
          return;
        }
        process.stdout.write(
          `${series.label}: ${found.length} day${found.length === 1 ? '' : 's'} at a ${window}-day high, ${series.points[0]?.day} … ${last?.day}\nsource: ${series.source}\n`,
        );
        writeTable(
          ['day', 'TVL', `max of previous ${window} days`],
          found.map((h) => [h.day, usd(h.value), usd(h.previousMax)]),
        );
      }),
    );
}
