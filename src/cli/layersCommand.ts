import { type Command, Option } from 'commander';
import { bitcoinLayers, ethereumLayers } from '../analytics/layers.ts';
import type { ChainId } from '../model/chain.ts';
import { chainInfo } from '../model/normaliseChain.ts';
import { btc, int, pct, shareText, usd } from '../report/format.ts';
import { ensureData } from './ensureData.ts';
import { dayOption } from './options.ts';
import { writeCsv, writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

type Options = { parent: 'Ethereum' | 'Bitcoin'; from?: string; to?: string; format: string };

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
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
    )
    .action((options: Options) =>
      withApp(program, async (app) => {
        const from = dayOption(options.from, '--from');
        const to = dayOption(options.to, '--to');
        await ensureData(app);
        const ctx = await app.tvl(to);
        if (options.parent === 'Bitcoin') {
          const { months, layers } = await bitcoinLayers(ctx, from, to);
          if (options.format === 'json')
            return writeJson({ schema: 'faultline.layers/v1', parent: 'Bitcoin', months, layers });
          const rows = months.map((m) => [m.month, m.stakedBtc, m.circulatingBtc, m.penetration]);
          if (options.format === 'csv')
            return writeCsv(['month', 'staked_btc', 'circulating_btc', 'penetration'], rows);
          process.stdout.write(
            'Bitcoin staking and restaking, month end, each BTC counted once where it is staked (btc-staking/monthly)\n',
          );
          writeTable(
            ['month', 'BTC staked', 'circulating BTC (est.)', 'penetration'],
            months.map((m) => [m.month, btc(m.stakedBtc), btc(m.circulatingBtc), pct(m.penetration, 3)]),
          );
          if (layers) {
            process.stdout.write(
              `Bitcoin layers (bitcoinlayers.org, ${layers.asOf}): ${btc(layers.btcLocked)} locked across ${layers.layers} layers = ${pct(layers.penetration, 3)} of circulating BTC; largest: ${layers.largest.map((l) => `${l.name} ${btc(l.btc)}`).join(', ')}\n`,
            );
          }
          return;
        }
        const months = await ethereumLayers(ctx, from, to);
        if (options.format === 'json')
          return writeJson({ schema: 'faultline.layers/v1', parent: 'Ethereum', months });
        if (options.format === 'csv') {
          return writeCsv(
            ['month', 'chain', 'layer', 'tvl_usd'],
            months.flatMap((m) => [
              ...(m.ethereumUsd === null ? [] : [[m.month, 'ethereum', 'L1', m.ethereumUsd]]),
              ...Object.entries(m.byChain).map(([c, v]) => [m.month, c, 'L2', v]),
            ]),
          );
        }
        process.stdout.write(
          'Ethereum L1 and its L2s at month end (USD); L2 share = Σ L2 / (Ethereum + Σ L2); ≥ marks months whose sources track fewer L2s\n',
        );
        writeTable(
          ['month', 'Ethereum L1', 'L2s', 'L2 share', 'L2s counted', 'largest L2'],
          months.map((m) => {
            const largest = Object.entries(m.byChain).sort((a, b) => b[1] - a[1])[0];
            return [
              m.month,
              usd(m.ethereumUsd),
              usd(m.l2Usd),
              shareText(m.share, m.partial, m.l2s.length),
              int(m.l2s.length),
              largest ? `${chainInfo(largest[0] as ChainId).name} ${usd(largest[1])}` : '',
            ];
          }),
        );
      }),
    );
}
