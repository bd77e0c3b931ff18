import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** `faultline btc-layers`: Bitcoin layers in bitcoinlayers.org's tiers and Faultline's thresholds. */
export function registerBtcLayers(program: Command): void {
  program
    .command('btc-layers')
    .description(
      "Bitcoin layers: bitcoinlayers.org's four tiers, who can steal, freeze or censor, and the worst-case exit",
    )
    .option('--as-of <day>', "the registry's facts as of this UTC day (default: the latest)")
    .addOption(formatOption())
    .action(async ({ format, asOf }) => {
      const [{ ask }, { btcLayers }, { btcLayersView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/btcLayers.ts'),
        import('../report/views/systemsViews.ts'),
      ]);
      await ask(program, format, (app) => btcLayers(app, { asOf }), btcLayersView);
    });
}
