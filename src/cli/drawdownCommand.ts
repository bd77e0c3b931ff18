import { type Command, Option } from 'commander';
import { DENOMINATIONS, type Denomination } from '../analytics/denominate.ts';
import { drawdowns } from '../analytics/drawdowns.ts';
import type { DrawdownRow } from '../analytics/drawdownTable.ts';
import { pct, usd } from '../report/format.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { type Cell, writeCsv, writeJson, writeTable } from './output.ts';
import { unitText } from './unitText.ts';
import { withApp } from './withApp.ts';

type Options = {
  top?: string;
  minPeak?: string;
  asOf?: string;
  denominate: Denomination;
  format: 'text' | 'json' | 'csv';
};

/** `faultline drawdown`: protocols ranked by their fall from peak, in USD and in their native unit. */
export function registerDrawdown(program: Command): void {
  program
    .command('drawdown')
    .description(
      'protocols by fall from peak, in USD and ETH/BTC, with inflows vs price where tokens are stored',
    )
    .option('--top <n>', 'rows to show', '20')
    .option('--min-peak <usd>', 'leave out protocols whose peak is below this (USD)', '10000000')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .addOption(
      new Option('--denominate <unit>', 'unit the ranking uses').choices(DENOMINATIONS).default('usd'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
    )
    .action((options: Options) =>
      withApp(program, async (app) => {
        const asOf = dayOption(options.asOf, '--as-of');
        const top = numberOption(options.top, '--top', 20);
        const minPeakUsd = numberOption(options.minPeak, '--min-peak', 10_000_000);
        await ensureData(app);
        const rows = (
          await drawdowns(await app.tvl(asOf), { unit: options.denominate, minPeakUsd, asOf })
        ).slice(0, top);
        if (options.format === 'json') {
          writeJson({ schema: 'faultline.drawdown/v1', asOf, unit: options.denominate, minPeakUsd, rows });
          return;
        }
        const columns = [
          'protocol',
          'category',
          `peak (${options.denominate})`,
          'peak day',
          'latest',
          'latest day',
          'drawdown',
          'days since peak',
          'native drawdown',
          'moved',
          'inflows / price effect (USD)',
        ];
        const text = options.format === 'text';
        const lines = rows.map((r) => line(r, options.denominate, text));
        if (!text) {
          writeCsv(columns, lines);
          return;
        }
        writeTable(columns, lines);
        process.stdout.write(
          'latest: the protocol-list snapshot where it is newer than the daily history (marked *); native = ETH, or BTC for Bitcoin-side protocols, on the daily history\n',
        );
      }),
    );
}

function line(r: DrawdownRow, unit: Denomination, text: boolean): Cell[] {
  const v = r.view;
  const fmt = (x: number | null | undefined) =>
    x === null || x === undefined ? null : text ? unitText(x, unit) : x;
  const flows = r.flows
    ? `${usd(r.flows.inflowsUsd)} / ${usd(r.flows.priceEffectUsd)} (tokens ${pct(r.flowCoverage, 0)} of TVL)`
    : null;
  const row: Cell[] = [
    text ? `${r.name} (${r.id})` : r.id,
    r.category,
    fmt(v?.peak),
    v?.peakDay ?? null,
    fmt(v?.latest),
    v ? `${v.latestDay}${r.latestFrom === 'snapshot' && unit === 'usd' ? '*' : ''}` : null,
    v ? (text ? pct(v.drawdown) : v.drawdown) : null,
    v?.daysSincePeak ?? null,
    r.native ? (text ? `${pct(r.native.drawdown)} ${r.nativeUnit.toUpperCase()}` : r.native.drawdown) : null,
    r.moved,
    flows,
  ];
  return row;
}
