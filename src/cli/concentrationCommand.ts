import { type Command, Option } from 'commander';
import { formatOption, numberOption } from './options.ts';

/** `faultline concentration`: shares, HHI and its band, top-3 share, Nakamoto coefficients. */
export function registerConcentration(program: Command): void {
  program
    .command('concentration')
    .description(
      'how concentrated a market is: shares, HHI (band), top-3 share, Nakamoto coefficients at 1/2 and 1/3',
    )
    .option('--category <category>', 'a DefiLlama category (Restaking, Lending, ...)')
    .addOption(new Option('--market <market>', 'a market').choices(['l2', 'btc-staking']))
    .option('--chain <chain>', 'the protocols on one chain')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .option('--top <n>', 'participants listed (text, csv, md)', '10')
    .addOption(formatOption())
    .action(async ({ format, top, ...parameters }) => {
      const shown = numberOption(top, '--top', 10);
      const [{ ask }, { concentration }, { concentrationView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/concentration.ts'),
        import('../report/views/concentrationView.ts'),
      ]);
      await ask(
        program,
        format,
        (app) => concentration(app, parameters),
        (d) => concentrationView(d, shown),
      );
    });
}
