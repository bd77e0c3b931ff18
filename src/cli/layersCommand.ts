import { type Command, Option } from 'commander';
import { formatOption } from './options.ts';

/** `faultline layers`: value by layer and the L2 share of Ethereum, or Bitcoin-side value and penetration. */
export function registerLayers(program: Command): void {
  program
    .command('layers')
    .description(
      'value on Ethereum L1 and each L2 with the L2 share, or Bitcoin-side value in BTC and its penetration',
    )
    .addOption(
      new Option('--parent <chain>', 'the settlement chain')
        .choices(['Ethereum', 'Bitcoin'])
        .default('Ethereum'),
    )
    .option('--from <day>', 'first month shown (a day in it)')
    .option('--to <day>', 'use only data up to this UTC day')
    .addOption(formatOption())
    .action(async ({ format, ...parameters }) => {
      const [{ ask }, { layers }, { layersView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/layers.ts'),
        import('../report/views/layersView.ts'),
      ]);
      await ask(program, format, (app) => layers(app, parameters), layersView);
    });
}
