import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** The options naming a yield subject: one of them. */
const subject = (c: Command) =>
  c
    .option('--protocol <p>', 'a protocol by slug, name or alias (a parent takes in its products)')
    .option('--chain <c>', 'a chain, any spelling')
    .option('--category <k>', 'a DefiLlama category, e.g. Lending, Dexs')
    .option('--pool <id>', 'one pool by its DefiLlama Yields id');

/** `faultline yield [cliff|rates|stack|backtest]`: where the yield comes from, and what happens when incentives stop. */
export function registerYield(program: Command): void {
  const y = program
    .command('yield')
    .description(
      'where the yield comes from: base vs incentive yield, and what TVL does when incentives stop',
    );
  subject(y.command('breakdown', { isDefault: true }))
    .description(
      'base and reward APY, the incentive share and who pays it, by chain, protocol, category or pool',
    )
    .option(
      '--as-of <day>',
      'the newest day on or before this one that covers the subject (default: the newest)',
    )
    .option('--limit <n>', 'rows per breakdown (1–500)', '20')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { yieldBreakdown }, { yieldView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/yield/yieldBreakdown.ts'),
        import('../report/views/yieldViews.ts'),
      ]);
      await ask(program, json ? 'json' : format, (app) => yieldBreakdown(app, parameters), yieldView);
    });
  subject(y.command('cliff'))
    .description(
      'the incentive cliff measured on the pool histories (TVL 30 and 90 days after rewards halve, against pools whose rewards held), and a subject without rewards',
    )
    .option('--as-of <day>', 'count only outcomes known by this UTC day, and project from it')
    .option('--basis <b>', 'the response projected: sustained (rewards stopped) or all falls', 'sustained')
    .option('--episodes <which>', "episodes listed: none, subject (the subject's projects) or all", 'subject')
    .option('--limit <n>', 'most episodes listed', '1000')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { yieldCliff }, { yieldCliffView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/yield/yieldCliff.ts'),
        import('../report/views/yieldViews.ts'),
      ]);
      await ask(program, json ? 'json' : format, (app) => yieldCliff(app, parameters), yieldCliffView);
    });
  y.command('rates')
    .description(
      "Aave's rate model checked against the observed reserve rates, per reserve whose strategy is stated",
    )
    .option('--market <m>', 'a chain or Aave market: linea, aave-v3-linea')
    .option('--asset <a>', 'an asset by symbol or address')
    .option('--as-of <day>', 'check only days on or before this one')
    .option('--series', 'include each checked day')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { yieldRateModel }, { yieldRateModelView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/yield/yieldRateModel.ts'),
        import('../report/views/yieldViews.ts'),
      ]);
      await ask(
        program,
        json ? 'json' : format,
        (app) => yieldRateModel(app, parameters),
        yieldRateModelView,
      );
    });
  y.command('stack')
    .description(
      "a liquid restaking token's yield layer by layer (ETH staking, AVS rewards, incentives, points), and what a 14-day exit still earns",
    )
    .requiredOption('--token <t>', 'the token: weETH, ezETH, rsETH')
    .option('--as-of <day>', "the token's newest day with data on or before this one")
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { restakingYieldStack }, { restakingYieldStackView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/yield/restakingYieldStack.ts'),
        import('../report/views/yieldViews.ts'),
      ]);
      await ask(
        program,
        json ? 'json' : format,
        (app) => restakingYieldStack(app, parameters),
        restakingYieldStackView,
      );
    });
  y.command('backtest')
    .description(
      'the sustainability backtest with and without the incentive-dependence factor: does it help?',
    )
    .option('--from <day>', 'first month scored', '2021-01-01')
    .option('--split <day>', 'weights are chosen before this day and judged on the rest', '2024-01-01')
    .option('--to <day>', 'last day scored (default: the end of the daily history)')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { incentiveBacktest }, { incentiveBacktestView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/yield/incentiveBacktest.ts'),
        import('../report/views/yieldViews.ts'),
      ]);
      await ask(
        program,
        json ? 'json' : format,
        (app) => incentiveBacktest(app, parameters),
        incentiveBacktestView,
      );
    });
}
