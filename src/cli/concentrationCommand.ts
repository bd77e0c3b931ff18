import { type Command, Option } from 'commander';
import type { MarketConcentration } from '../analytics/concentration.ts';
import { type Market, marketConcentration, marketsOf } from '../analytics/markets.ts';
import { int, pct, usd } from '../report/format.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { writeCsv, writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

type Options = {
  category?: string;
  market?: string;
  chain?: string;
  asOf?: string;
  top?: string;
  format: string;
};

/** `faultline concentration`: shares, HHI and its band, top-3 share, Nakamoto coefficients. */
export function registerConcentration(program: Command): void {
  const command = program
    .command('concentration')
    .description(
      'how concentrated a market is: shares, HHI (band), top-3 share, Nakamoto coefficients at 1/2 and 1/3',
    )
    .option('--category <category>', 'a DefiLlama category (Restaking, Lending, ...)')
    .addOption(new Option('--market <market>', 'a market').choices(['l2', 'btc-staking']))
    .option('--chain <chain>', 'the protocols on one chain')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .option('--top <n>', 'participants listed', '10')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
    );
  command.action((options: Options) =>
    withApp(program, async (app) => {
      const markets = marketsOf(options);
      if (markets.length !== 1)
        command.error('error: give exactly one of --category, --market, --chain', { exitCode: 2 });
      const asOf = dayOption(options.asOf, '--as-of');
      const top = numberOption(options.top, '--top', 10);
      await ensureData(app);
      const results = await marketConcentration(await app.tvl(asOf), markets[0] as Market, asOf);
      if (options.format === 'json') writeJson({ schema: 'faultline.concentration/v1', markets: results });
      else if (options.format === 'csv') {
        writeCsv(
          ['market', 'as_of', 'participant', 'value', 'share'],
          results.flatMap((m) => m.participants.map((p) => [m.market, m.asOf, p.name, p.value, p.share])),
        );
      } else for (const m of results) writeText(m, top);
    }),
  );
}

function writeText(m: MarketConcentration, top: number): void {
  const btc = m.basis.startsWith('BTC');
  const value = (v: number) => (btc ? `${int(v)} BTC` : usd(v));
  process.stdout.write(
    `${[
      `${m.market} as of ${m.asOf}: ${m.count} participants, total ${value(m.total)}`,
      `basis: ${m.basis} [${m.dataset}]`,
      `HHI ${int(m.hhi)} (${m.band}); top-3 share ${pct(m.top3Share)}; Nakamoto coefficient ${m.nakamoto50} at 1/2, ${m.nakamoto33} at 1/3`,
    ].join('\n')}\n`,
  );
  writeTable(
    ['participant', 'value', 'share'],
    m.participants.slice(0, top).map((p) => [p.name, value(p.value), pct(p.share)]),
    false,
  );
}
