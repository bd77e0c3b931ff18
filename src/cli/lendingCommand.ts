import type { Command } from 'commander';
import type { App } from '../app/createApp.ts';
import type { View } from '../report/view.ts';
import { type Format, formatOption } from './options.ts';

const collect = (value: string, list: string[] = []) => [...list, value];
const formatOf = (o: { format: Format; json?: boolean }): Format => (o.json ? 'json' : o.format);

/** The output options every lending command takes. */
function withOutput(command: Command): Command {
  return command.addOption(formatOption()).option('--json', 'same as --format json');
}

/** The options of the commands that run on a book: a positions file or a stored market, and the rules. */
function onBook(command: Command): Command {
  return withOutput(
    command
      .option('--positions <file>', 'positions file (JSON or CSV) instead of a stored market')
      .option('--market <id>', 'stored market: a chain snapshot (market read) or aave-v3-ethereum (default)')
      .option('--block <n>', "a chain snapshot's block (default: the newest stored)")
      .option('--version <v>', 'Aave liquidation rules: 3.0 or 3.3 (default 3.3)'),
  );
}

/**
 * Answers a lending question: on the store (imported first, as every analytics command does), or on
 * the user's positions alone, which need no store. Loaded lazily, so `--help` loads none of it.
 */
async function answer<D>(
  program: Command,
  format: Format,
  storeNeeded: boolean,
  run: (app: App) => Promise<D>,
  view: (d: D) => View,
): Promise<void> {
  if (storeNeeded) return (await import('./ask.ts')).ask(program, format, run, view);
  const [{ withApp }, { writeAnswer }] = await Promise.all([import('./withApp.ts'), import('./answer.ts')]);
  await withApp(program, async (app) => writeAnswer(await run(app), format, view));
}

/** Prints the answer of a question computed from its parameters alone. */
async function print<D>(document: D, format: Format, view: (d: D) => View): Promise<void> {
  (await import('./answer.ts')).writeAnswer(document, format, view);
}

/** `faultline lending position|stress|var|curve|rates|slippage|winddown`: Aave-v3-exact lending risk. */
export function registerLending(program: Command): void {
  const lending = program
    .command('lending')
    .description('lending stress: Aave v3 liquidations, cascades, VaR, rates, wind-down');

  withOutput(
    lending
      .command('position <file>')
      .description('health factor, close factor and the liquidation a liquidator can make on one account')
      .option('--version <v>', 'Aave liquidation rules: 3.0 or 3.3 (default 3.3)'),
  ).action(async (file: string, o) => {
    const [{ readLendingPosition }, { lendingPosition }, { lendingPositionView }] = await Promise.all([
      import('../sources/files/readLendingPositions.ts'),
      import('../app/lending/lendingPosition.ts'),
      import('../report/views/lendingViews.ts'),
    ]);
    const position = readLendingPosition(file);
    await print(await lendingPosition({ version: o.version }, position), formatOf(o), lendingPositionView);
  });

  onBook(
    lending
      .command('stress')
      .description(
        'a price shock or a scenario file on a book: liquidations, cascades, insolvency, bad debt',
      ),
  )
    .option(
      '--shock <asset=move>',
      'price move, e.g. WETH=-0.4 (repeatable; same-peg assets follow)',
      collect,
    )
    .option(
      '--depeg <asset=fraction>',
      'depeg an asset by this fraction, e.g. weETH=0.05 (repeatable)',
      collect,
    )
    .option('--scenario <file>', 'a scenario file instead of --shock')
    .action(async (o) => {
      const [files, { lendingStress }, { lendingStressView }] = await Promise.all([
        readBookFiles(o),
        import('../app/lending/lendingStress.ts'),
        import('../report/views/lendingBookViews.ts'),
      ]);
      const parameters = {
        market: o.market,
        block: o.block,
        shocks: o.shock,
        depegs: o.depeg,
        version: o.version,
      };
      await answer(
        program,
        formatOf(o),
        files.positions === undefined,
        (app) => lendingStress(app, parameters, files),
        lendingStressView,
      );
    });

  onBook(
    lending
      .command('var')
      .description("Monte Carlo VaR and LaR (Gauntlet's definitions) over correlated one-day shocks"),
  )
    .option('--paths <n>', 'simulated paths (default 10000)')
    .option('--seed <n>', 'random seed (default 1)')
    .option('--vol <asset=x>', 'daily volatility override, e.g. LINK=0.05 (repeatable)', collect)
    .option('--workers <n>', 'worker threads (default 1; the answer does not depend on it)')
    .action(async (o) => {
      const [files, { lendingVar }, { lendingVarView }] = await Promise.all([
        readBookFiles(o),
        import('../app/lending/lendingVar.ts'),
        import('../report/views/lendingBookViews.ts'),
      ]);
      const { market, block, paths, seed, vol, workers, version } = o;
      const parameters = { market, block, paths, seed, vol, workers, version };
      await answer(program, formatOf(o), true, (app) => lendingVar(app, parameters, files), lendingVarView);
    });

  onBook(
    lending.command('curve').description('liquidated collateral and bad debt on a book as one asset falls'),
  )
    .option('--asset <symbol>', 'the asset that falls (default WETH; same-peg assets follow)')
    .option('--to <move>', 'the deepest move, e.g. -0.6 (default)')
    .option('--steps <n>', 'steps from 0 to the deepest move (default 12)')
    .action(async (o) => {
      const [files, { lendingCurve }, { lendingCurveView }] = await Promise.all([
        readBookFiles(o),
        import('../app/lending/lendingCurve.ts'),
        import('../report/views/lendingBookViews.ts'),
      ]);
      const { market, block, asset, to, steps, version } = o;
      await answer(
        program,
        formatOf(o),
        files.positions === undefined,
        (app) => lendingCurve(app, { market, block, asset, to, steps, version }, files),
        lendingCurveView,
      );
    });

  withOutput(
    lending
      .command('rates')
      .description("Aave v3's interest-rate model: borrow and supply rate at a utilisation")
      .option('--utilization <u>', 'utilisation, a fraction')
      .option('--base <b>', 'base rate, a fraction a year (default 0)')
      .option('--slope1 <s>', 'slope below the optimal utilisation')
      .option('--slope2 <s>', 'slope above it')
      .option('--optimal <u>', 'optimal utilisation, a fraction')
      .option('--reserve-factor <rf>', 'reserve factor, a fraction (default 0)'),
  ).action(async ({ format, json, ...parameters }) => {
    const [{ lendingRates }, { lendingRatesView }] = await Promise.all([
      import('../app/lending/lendingRates.ts'),
      import('../report/views/lendingViews.ts'),
    ]);
    await print(await lendingRates(parameters), formatOf({ format, json }), lendingRatesView);
  });

  withOutput(
    lending
      .command('slippage')
      .description(
        'loss selling seized collateral into a constant-product pool, and the largest profitable size',
      )
      .option('--reserve <x>', "the pool's reserve of the sold asset (asset units)")
      .option('--fee <f>', 'pool fee, a fraction (default 0.003)')
      .option('--sell <d>', 'amount sold (asset units)')
      .option('--bonus <b>', 'liquidation bonus, a fraction (default 0.05 = 5%)'),
  ).action(async ({ format, json, ...parameters }) => {
    const [{ lendingSlippage }, { lendingSlippageView }] = await Promise.all([
      import('../app/lending/lendingSlippage.ts'),
      import('../report/views/lendingViews.ts'),
    ]);
    await print(await lendingSlippage(parameters), formatOf({ format, json }), lendingSlippageView);
  });

  withOutput(
    lending
      .command('winddown [file]')
      .description(
        'a market switched to withdraw-only (a wind-down file, or a chain snapshot with --market): stuck supply per reserve and chain, time to unstick, redistribution',
      )
      .option('--market <id>', "a chain snapshot (market read) instead of a file: the market's real reserves")
      .option('--block <n>', "the chain snapshot's block (default: the newest stored)")
      .option('--repay-rate <r>', 'share of outstanding debt repaid each day (default 0.01)')
      .option('--days <n>', 'horizon in days (default 730)'),
  ).action(async (file: string | undefined, o) => {
    const [{ readWindDown }, { lendingWindDown }, { lendingWindDownView }] = await Promise.all([
      import('../sources/files/readWindDown.ts'),
      import('../app/lending/lendingWindDown.ts'),
      import('../report/views/lendingWindDownView.ts'),
    ]);
    const input = file === undefined ? undefined : readWindDown(file);
    const { market, block, repayRate, days } = o;
    await answer(
      program,
      formatOf(o),
      // Only a market is read from the store: without one, a missing file is refused before any import.
      input === undefined && market !== undefined,
      (app) => lendingWindDown(app, { market, block, repayRate, days }, input),
      lendingWindDownView,
    );
  });
}

/** The positions and scenario files a book command names, read and validated (errors name file and place). */
async function readBookFiles(o: { positions?: string; scenario?: string }) {
  const [{ readLendingPositions }, { readLendingScenario }] = await Promise.all([
    import('../sources/files/readLendingPositions.ts'),
    import('../sources/files/readLendingScenario.ts'),
  ]);
  return {
    ...(o.positions === undefined ? {} : { positions: readLendingPositions(o.positions) }),
    ...(o.scenario === undefined ? {} : { scenario: readLendingScenario(o.scenario) }),
  };
}
