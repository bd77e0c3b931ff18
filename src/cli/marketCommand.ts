import type { Command } from 'commander';
import type { ReadMarketProgress } from '../app/market/readMarket.ts';
import { type Format, formatOption } from './options.ts';

const collect = (value: string, list: string[] = []) => [...list, value];
const formatOf = (o: { format: Format; json?: boolean }): Format => (o.json ? 'json' : o.format);

/**
 * Progress of a market read on stderr, one line per phase and per tenth of a long phase, so a read of
 * thousands of blocks or accounts shows it is moving (and where a killed read will resume).
 */
function readProgress(stream: NodeJS.WriteStream = process.stderr): (e: ReadMarketProgress) => void {
  let phase = '';
  let shown = -1;
  return (e) => {
    const counted = e.phase === 'scan' || e.phase === 'accounts';
    const tenth = e.total > 0 ? Math.floor((10 * e.done) / e.total) : 10;
    if (e.phase === phase && (!counted || tenth === shown)) return;
    phase = e.phase;
    shown = tenth;
    const n = (x: number) => x.toLocaleString('en-US');
    if (e.phase === 'state') stream.write('market read: reserves, prices, e-modes, sentinel\n');
    else if (e.phase === 'store') stream.write('market read: storing the snapshot\n');
    else
      stream.write(
        `market read: ${e.phase === 'scan' ? 'blocks scanned' : 'accounts read'} ${n(e.done)}/${n(e.total)}\n`,
      );
  };
}

/** `faultline market read|tvl|list`: Aave-v3-compatible lending markets read from the chain into the store. */
export function registerMarket(program: Command): void {
  const market = program
    .command('market')
    .description(
      'lending markets read from the chain: read a market into the store, its TVL, the snapshots stored',
    );

  market
    .command('read')
    .description(
      "read an Aave-v3-compatible market at a block (reserves, oracle prices with their age, every borrower's positions) into the store; resumable, and a later block re-reads only what changed",
    )
    .option('--rpc <url>', 'JSON-RPC endpoint')
    .option('--provider <address>', "the market's PoolAddressesProvider")
    .option('--block <n>', 'block to read at (default: the latest)')
    .option('--name <id>', 'store the market under this id (default market-<chainId>-<provider prefix>)')
    .option(
      '--from-block <n>',
      "where the first account scan starts (default: the provider's deployment block)",
    )
    .option('--block-range <n>', 'blocks per eth_getLogs (default 10000)')
    .option('--heartbeat <feed=seconds>', "a feed's heartbeat, beyond the known table (repeatable)", collect)
    .option('--rate <n>', 'RPC requests per second at most (default 50)')
    .option('--concurrency <n>', 'RPC requests in flight at most (default 4)')
    .option('--retries <n>', 'retries of a failed RPC request (default 4)')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ withApp }, { writeAnswer }, { marketRead }, { marketReadView }] = await Promise.all([
        import('./withApp.ts'),
        import('./answer.ts'),
        import('../app/market/marketRead.ts'),
        import('../report/views/lendingMarketViews.ts'),
      ]);
      await withApp(program, async (app) =>
        writeAnswer(
          await marketRead(app, parameters, readProgress()),
          formatOf({ format, json }),
          marketReadView,
        ),
      );
    });

  market
    .command('tvl')
    .description(
      "a market's TVL from chain (supplied − borrowed, and what the aTokens hold) beside DefiLlama's",
    )
    .option('--market <id>', 'a stored chain snapshot (market read)')
    .option('--block <n>', 'the newest snapshot at or before this block (default: the newest)')
    .option('--protocol <p>', "DefiLlama's protocol to compare with (with --chain)")
    .option('--chain <c>', "DefiLlama's chain to compare on (with --protocol)")
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { marketTvl }, { marketTvlView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/market/marketTvl.ts'),
        import('../report/views/lendingMarketViews.ts'),
      ]);
      await ask(program, formatOf({ format, json }), (app) => marketTvl(app, parameters), marketTvlView);
    });

  market
    .command('list')
    .description('the chain snapshots stored (market, chain, block, day, reserves, accounts)')
    .option('--market <id>', 'only this market')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ withApp }, { writeAnswer }, { marketSnapshots }, { marketSnapshotsView }] = await Promise.all([
        import('./withApp.ts'),
        import('./answer.ts'),
        import('../app/market/marketSnapshots.ts'),
        import('../report/views/lendingMarketViews.ts'),
      ]);
      await withApp(program, async (app) =>
        writeAnswer(await marketSnapshots(app, parameters), formatOf({ format, json }), marketSnapshotsView),
      );
    });
}
