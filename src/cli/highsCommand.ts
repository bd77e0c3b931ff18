import type { Command } from 'commander';
import { chainHighs } from '../app/chainHighs.ts';
import { chainHighsView } from '../report/views/chainHighsView.ts';
import { formatOption, writeAnswer } from './answer.ts';
import { ensureData } from './ensureData.ts';
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
    .addOption(formatOption())
    .action(({ format, ...parameters }) =>
      withApp(program, async (app) => {
        await ensureData(app);
        writeAnswer(await chainHighs(app, parameters), format, chainHighsView);
      }),
    );
}
