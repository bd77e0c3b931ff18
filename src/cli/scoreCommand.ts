import type { Command } from 'commander';
import { chainScoreAt, protocolScoreAt } from '../analytics/sustainabilityData.ts';
import { latestDataDay, watchlist } from '../analytics/watchlist.ts';
import { ConfigError } from '../core/errors.ts';
import { DEFAULT_WEIGHTS, WATCH_THRESHOLD } from '../risk/sustainability/factors.ts';
import type { SustainabilityScore } from '../risk/sustainability/scoreSignals.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

function factorTable(s: SustainabilityScore): void {
  writeTable(
    ['factor', 'value', 'unit', 'risk', 'weight', 'points off'],
    s.factors.map((f) => [
      f.label,
      f.value === null
        ? 'unknown'
        : f.unit === 'fraction'
          ? `${(f.value * 100).toFixed(1)}%`
          : f.value.toFixed(0),
      f.unit,
      f.risk === null ? 'unknown' : f.risk.toFixed(2),
      f.weight,
      f.contribution === null ? '—' : f.contribution.toFixed(1),
    ]),
    false,
  );
}

/** `faultline score` and `faultline watchlist`: the sustainability score, explained, and who is below it. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description(
      'sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers',
    )
    .option('--protocol <p>', 'a protocol by slug or name')
    .option('--chain <c>', 'a chain')
    .option(
      '--as-of <day>',
      'use only data up to this UTC day (default: the last day of the stored daily history)',
    )
    .option('--json', 'print as JSON')
    .action((o: { protocol?: string; chain?: string; asOf?: string; json?: boolean }) =>
      withApp(program, async (app) => {
        if ((o.protocol === undefined) === (o.chain === undefined))
          throw new ConfigError('give --protocol or --chain (one of them)', { field: '--protocol' });
        await ensureData(app);
        const data = await app.sustainability();
        const asOf = dayOption(o.asOf, '--as-of') ?? latestDataDay(data);
        if (!asOf) throw new ConfigError('the store has no protocol history to score', { field: '--as-of' });
        let score: SustainabilityScore;
        if (o.chain !== undefined) score = await chainScoreAt(data, o.chain, asOf);
        else {
          const id = data.tvl.index.resolve(o.protocol as string).id;
          const s = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
          if (!s) throw new ConfigError(`no daily history for ${id} up to ${asOf}`, { field: '--protocol' });
          score = s;
        }
        if (o.json)
          return writeJson({ schema: 'faultline.score/v1', watchThreshold: WATCH_THRESHOLD, ...score });
        process.stdout.write(
          `${score.subject} on ${score.asOf}: ${score.score.toFixed(1)}/100 (${score.band})\n${score.drivers}\n`,
        );
        factorTable(score);
        if (score.unknown.length > 0)
          process.stdout.write(`left out (unknown): ${score.unknown.join(', ')}\n`);
      }),
    );
  program
    .command('watchlist')
    .description('every protocol scoring below the watch threshold, worst first, from data known on --as-of')
    .option(
      '--as-of <day>',
      'use only data up to this UTC day (default: the last day of the stored daily history)',
    )
    .option('--threshold <n>', 'watch threshold, 0-100', String(WATCH_THRESHOLD))
    .option('--json', 'print as JSON')
    .action((o: { asOf?: string; threshold: string; json?: boolean }) =>
      withApp(program, async (app) => {
        const threshold = numberOption(o.threshold, '--threshold', WATCH_THRESHOLD);
        if (threshold > 100)
          throw new ConfigError(`not a score threshold in [0, 100]: "${o.threshold}"`, {
            field: '--threshold',
          });
        await ensureData(app);
        const data = await app.sustainability();
        const asOf = dayOption(o.asOf, '--as-of') ?? latestDataDay(data);
        if (!asOf) throw new ConfigError('the store has no protocol history to score', { field: '--as-of' });
        const list = watchlist(data, asOf, DEFAULT_WEIGHTS, threshold);
        if (o.json) return writeJson({ schema: 'faultline.watchlist/v1', asOf, threshold, entries: list });
        process.stdout.write(`${list.length} protocol(s) below ${threshold}/100 on ${asOf}, worst first\n`);
        writeTable(
          ['protocol', 'category', 'score', 'band', 'why'],
          list.map((e) => [`${e.subject} (${e.id})`, e.category, e.score.toFixed(1), e.band, e.drivers]),
          false,
        );
      }),
    );
}
