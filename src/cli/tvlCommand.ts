import { type Command, Option } from 'commander';
import { DENOMINATIONS } from '../analytics/denominate.ts';
import { EXTRA_SECTIONS } from '../model/normaliseChain.ts';
import { formatOption } from './options.ts';

/** `faultline tvl`: a daily TVL series under DefiLlama's rules, or one day of it explained. */
export function registerTvl(program: Command): void {
  program
    .command('tvl')
    .description("a daily TVL series under DefiLlama's exact rules (MODELS §1), or one day explained")
    .option('--chain <chain>', 'a chain (any spelling: zksync era, op, rsk, ...)')
    .option('--protocol <protocol>', 'a protocol by slug or name (a parent sums its products)')
    .option('--category <category>', 'a DefiLlama category (Lending, Dexs, ...)')
    .option('--layer <layer>', 'every chain of a layer: L1, L2, L3, sidechain, btc-layer')
    .option('--sections <list>', `extra sections to add: ${EXTRA_SECTIONS.join(',')}`)
    .option('--include <list>', 'toggles: doublecounted,liquidstaking,bridge')
    .addOption(new Option('--denominate <unit>', 'unit').choices(DENOMINATIONS).default('usd'))
    .option('--from <day>', 'first UTC day shown')
    .option('--to <day>', 'last UTC day seen (later data is ignored)')
    .addOption(formatOption())
    .option('--explain <day>', 'break one day down into protocols, chains and sections')
    .option('--include-flagged', 'count points the data-quality rules kept out (see faultline quality)')
    .action(async ({ format, explain, ...parameters }) => {
      const { ask } = await import('./ask.ts');
      if (explain !== undefined) {
        const [{ tvlExplain }, { tvlExplainView }] = await Promise.all([
          import('../app/tvlExplain.ts'),
          import('../report/views/tvlExplainView.ts'),
        ]);
        return ask(program, format, (app) => tvlExplain(app, { ...parameters, explain }), tvlExplainView);
      }
      const [{ tvlSeries }, { tvlView }] = await Promise.all([
        import('../app/tvlSeries.ts'),
        import('../report/views/tvlView.ts'),
      ]);
      return ask(program, format, (app) => tvlSeries(app, parameters), tvlView);
    });
}
