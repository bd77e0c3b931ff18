import type { Command } from 'commander';
import { DEFAULT_HTTP } from '../sources/http/httpClient.ts';
import { withAlertOptions } from './alertOptions.ts';
import type { DefillamaOptions, IngestOptions } from './ingestAction.ts';

/** `faultline ingest defillama|l2beat`: live data into the store, incremental, resumable, idempotent. */
export function registerIngest(program: Command): void {
  const ingest = program
    .command('ingest')
    .description('bring live data from DefiLlama or L2BEAT into the store (only days not yet stored)');
  const defillama = withCommon(
    ingest
      .command('defillama')
      .description(
        'protocol histories (per chain and section, tokens), chain totals, prices, and fees; or, with --yields, pool yields',
      )
      .option(
        '--protocols <slugs>',
        'comma-separated DefiLlama slugs (default: every protocol already stored)',
      )
      .option('--all', 'every protocol DefiLlama lists')
      .option('--chains <names>', 'chains whose published totals to fetch (default: those already stored)')
      .option('--fees', 'also fetch daily fees and revenue of the chosen protocols')
      .option('--no-prices', 'skip the ETH and BTC daily prices')
      .option(
        '--yields',
        'DefiLlama Yields instead (DEFILLAMA_YIELDS_URL): the /pools list, then /chart/{pool} histories of the chosen pools',
      )
      .option(
        '--yield-projects <slugs>',
        'with --yields: chart every listed pool of these DefiLlama project slugs (default: the projects whose pool histories are already stored)',
      )
      .option('--pools <ids>', 'with --yields: also chart these pools (DefiLlama Yields pool ids)'),
  );
  defillama.action(async (o: DefillamaOptions) => {
    const { ingestAction } = await import('./ingestAction.ts');
    await ingestAction(program, defillama, { source: 'defillama', options: o });
  });
  const l2beat = withCommon(
    ingest.command('l2beat').description("L2BEAT's scaling summary: stages, risk rosettes, TVS breakdown"),
  );
  l2beat.action(async (o: IngestOptions) => {
    const { ingestAction } = await import('./ingestAction.ts');
    await ingestAction(program, l2beat, { source: 'l2beat', options: o });
  });
}

function withCommon(command: Command): Command {
  return withAlertOptions(command)
    .option('--since <day>', 'store no day before this one (YYYY-MM-DD)')
    .option('--until <day>', 'store no day after this one (default: yesterday, the last closed UTC day)')
    .option('--stale-days <n>', 'flag a source with no new day for this many days', '3')
    .option('--refresh', 'fetch units again even if a run already finished them for this --until day')
    .option('--concurrency <n>', 'requests in flight per host', '4')
    .option('--rate <n>', 'request starts per second per host', '5')
    .option('--timeout-ms <n>', 'deadline of one request, body included (ms)', String(DEFAULT_HTTP.timeoutMs))
    .option('--retries <n>', 'retries on 429, 5xx, network errors and timeouts', String(DEFAULT_HTTP.retries))
    .option(
      '--retry-base-ms <n>',
      'first retry delay before jitter (ms); doubles each retry',
      String(DEFAULT_HTTP.backoff.baseMs),
    )
    .option('--max-mib <n>', 'largest response accepted (MiB)', String(DEFAULT_HTTP.maxBytes / 2 ** 20))
    .option('--store-memory-mib <n>', 'memory the store may keep while ingesting (MiB)', '64')
    .option('--json', 'print the summary as JSON');
}
