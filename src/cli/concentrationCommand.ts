import { type Command, Option } from 'commander';
import { concentration } from '../app/concentration.ts';
import { concentrationView } from '../report/views/concentrationView.ts';
import { formatOption, writeAnswer } from './answer.ts';
import { ensureData } from './ensureData.ts';
import { numberOption } from './options.ts';
import { withApp } from './withApp.ts';

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
    .action(({ format, top, ...parameters }) =>
      withApp(program, async (app) => {
        await ensureData(app);
        const shown = numberOption(top, '--top', 10);
        writeAnswer(await concentration(app, parameters), format, (d) => concentrationView(d, shown));
      }),
    );
}
