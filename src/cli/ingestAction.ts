import type { Command } from 'commander';
import { addDays, dayFromDate } from '../core/day.ts';
import { ConfigError, FaultlineError } from '../core/errors.ts';
import type { IngestSettings } from '../ingest/ingestSettings.ts';
import type { IngestSummary } from '../ingest/runIngest.ts';
import { createHostLimits } from '../sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../sources/http/httpClient.ts';
import { alertSetup, runAlertCycle, settleAlerts } from './alertCycle.ts';
import type { AlertOptions } from './alertOptions.ts';
import { createIngestProgress } from './ingestProgress.ts';
import { dayOption, numberOption } from './options.ts';
import { withApp } from './withApp.ts';

/** The options every `faultline ingest` source takes, as commander parses them. */
export type IngestOptions = AlertOptions & {
  since?: string;
  until?: string;
  staleDays?: string;
  refresh?: boolean;
  concurrency?: string;
  rate?: string;
  timeoutMs?: string;
  retries?: string;
  retryBaseMs?: string;
  maxMib?: string;
  storeMemoryMib?: string;
  json?: boolean;
};

/** The options of `faultline ingest defillama`. */
export type DefillamaOptions = IngestOptions & {
  protocols?: string;
  all?: boolean;
  chains?: string;
  fees?: boolean;
  prices: boolean;
  yields?: boolean;
  yieldProjects?: string;
  pools?: string;
};

/** Which source an ingest run brings in, with its options. */
export type IngestRun =
  | { source: 'defillama'; options: DefillamaOptions }
  | { source: 'l2beat'; options: IngestOptions };

/**
 * Runs `faultline ingest defillama|l2beat`: brings the source's new days into the store, prints the
 * summary, then evaluates the alert rules. Exits non-zero when a unit failed (what it stored before is
 * kept) or an alert delivery failed, naming how many. `defillama --yields` brings DefiLlama Yields
 * instead of the TVL API: the options of the one do not apply to the other, and giving them is an error.
 */
export async function ingestAction(program: Command, command: Command, run: IngestRun): Promise<void> {
  const o = run.options;
  await withApp(program, async (app) => {
    if (run.source === 'defillama') checkDefillamaOptions(run.options);
    const alerts = alertSetup(app, command, o, o.json ? process.stderr : process.stdout);
    const { settings, finish } = settingsOf(o);
    const summary =
      run.source === 'l2beat'
        ? await app.ingestL2beat(settings)
        : run.options.yields
          ? await app.ingestDefillamaYields(
              {
                projects: listOption(run.options.yieldProjects, '--yield-projects'),
                pools: listOption(run.options.pools, '--pools') ?? [],
              },
              settings,
            )
          : await app.ingestDefillama(
              {
                protocols: listOption(run.options.protocols, '--protocols'),
                all: run.options.all === true,
                chains: listOption(run.options.chains, '--chains'),
                fees: run.options.fees === true,
                prices: run.options.prices,
              },
              settings,
            );
    const problems = [finish(summary, o.json === true)];
    if (alerts) {
      await runAlertCycle(app, alerts, null);
      problems.push(await settleAlerts(alerts));
    }
    const said = problems.filter((p) => p !== null);
    if (said.length > 0) throw new FaultlineError(said.join('; '));
  });
}

/** Refuses options that do not go together: --protocols with --all, TVL options with --yields, yield options without it. */
function checkDefillamaOptions(o: DefillamaOptions): void {
  if (o.protocols && o.all) throw new ConfigError('give --protocols or --all, not both', { field: '--all' });
  const tvlOnly = [
    ['--protocols', o.protocols !== undefined],
    ['--all', o.all === true],
    ['--chains', o.chains !== undefined],
    ['--fees', o.fees === true],
    ['--no-prices', !o.prices],
  ] as const;
  const yieldsOnly = [
    ['--yield-projects', o.yieldProjects !== undefined],
    ['--pools', o.pools !== undefined],
  ] as const;
  const clash = o.yields ? tvlOnly.find(([, given]) => given) : yieldsOnly.find(([, given]) => given);
  if (clash)
    throw new ConfigError(
      o.yields ? `${clash[0]} is an option of the TVL ingest, not of --yields` : `${clash[0]} needs --yields`,
      { field: clash[0] },
    );
}

function listOption(text: string | undefined, flag: string): string[] | null {
  if (text === undefined) return null;
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0) throw new ConfigError(`empty list: "${text}"`, { field: flag });
  return list;
}

/** The run's settings from the flags, and `finish`: prints the summary, returns what failed (or null). */
function settingsOf(o: IngestOptions): {
  settings: IngestSettings;
  finish(s: IngestSummary, json: boolean): string | null;
} {
  const until = dayOption(o.until, '--until') ?? addDays(dayFromDate(new Date()), -1);
  const since = dayOption(o.since, '--since');
  if (since && since > until)
    throw new ConfigError(`--since ${since} is after --until ${until}`, { field: '--since' });
  const concurrency = Math.max(1, Math.floor(numberOption(o.concurrency, '--concurrency', 4)));
  const rate = numberOption(o.rate, '--rate', 5);
  if (rate <= 0) throw new ConfigError('must be above 0', { field: '--rate' });
  const progress = createIngestProgress();
  let retries = 0;
  const settings: IngestSettings = {
    until,
    since,
    staleDays: numberOption(o.staleDays, '--stale-days', 3),
    refresh: o.refresh === true,
    concurrency,
    storeMemoryMib: numberOption(o.storeMemoryMib, '--store-memory-mib', 64),
    http: {
      limiter: createHostLimits({ concurrency, ratePerSecond: rate }),
      timeoutMs: numberOption(o.timeoutMs, '--timeout-ms', DEFAULT_HTTP.timeoutMs),
      retries: Math.floor(numberOption(o.retries, '--retries', DEFAULT_HTTP.retries)),
      backoff: {
        baseMs: numberOption(o.retryBaseMs, '--retry-base-ms', DEFAULT_HTTP.backoff.baseMs),
        maxMs: DEFAULT_HTTP.backoff.maxMs,
      },
      maxBytes: numberOption(o.maxMib, '--max-mib', DEFAULT_HTTP.maxBytes / 2 ** 20) * 2 ** 20,
      onRetry: (e) => {
        retries += 1;
        progress.onRetry(e.url, e.delayMs, e.error.shortMessage);
      },
    },
    onEvent: (e) => progress.onEvent(e),
  };
  return {
    settings,
    finish(summary, json) {
      progress.stop();
      if (json) process.stdout.write(`${JSON.stringify({ ...summary, retries }, null, 2)}\n`);
      else process.stdout.write(summaryText(summary, retries));
      return summary.failed.length > 0
        ? `${summary.failed.length} unit(s) failed; what they stored before is kept, and they are retried on the next run`
        : null;
    },
  };
}

function summaryText(s: IngestSummary, retries: number): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const lines = [
    `${s.source} ingest up to ${s.until} in ${(s.durationMs / 1000).toFixed(1)} s`,
    `  units:   ${n(s.units)} (${n(s.written)} written, ${n(s.unchanged)} unchanged, ${n(s.notModified)} not modified, ${n(s.skipped)} already done, ${n(s.failed.length)} failed)`,
    `  fetched: ${(s.bytes / 2 ** 20).toFixed(1)} MiB, ${n(retries)} retr${retries === 1 ? 'y' : 'ies'}`,
    `  stored:  ${n(s.newPoints)} new point(s); ${n(s.excluded)} flagged and kept out of totals, ${n(s.warnings)} warning(s) (faultline quality)`,
    ...s.failed.map((f) => `  FAILED ${f.unit}: ${f.error}`),
  ];
  return `${lines.join('\n')}\n`;
}
