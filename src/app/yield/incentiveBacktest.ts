import { z } from 'zod';
import { type BacktestPlan, runBacktest } from '../../analytics/runBacktest.ts';
import type { SustainabilityData } from '../../analytics/sustainabilityData.ts';
import { addDays, type Day, daysBetween } from '../../core/day.ts';
import type { BacktestResult } from '../../risk/sustainability/backtest.ts';
import { WEIGHT_SETS, type Weights } from '../../risk/sustainability/factors.ts';
import { INCENTIVE_SHARE_MAX_AGE_DAYS } from '../../risk/sustainability/protocolSignals.ts';
import { DayInput, DayText, parseParameters } from './yieldSchemas.ts';

/** `incentiveBacktest` parameters: the months scored and the day that splits training from test. */
export const IncentiveBacktestParameters = z.object({
  from: DayInput.default('2021-01-01' as Day),
  split: DayInput.default('2024-01-01' as Day),
  to: DayInput,
});
export type IncentiveBacktestParameters = z.infer<typeof IncentiveBacktestParameters>;

const Part = z.object({
  protocols: z.number().int(),
  collapses: z.number().int(),
  caught: z.number().int(),
  falseAlarms: z.number().int(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
  medianLeadDays: z.number().nullable(),
});
const Run = z.object({
  chosen: z.object({ weights: z.string(), threshold: z.number(), trainF1: z.number().nullable() }),
  train: Part,
  test: Part,
});

/** `faultline.yield-backtest/v1`: the sustainability backtest with and without the incentive-dependence factor. */
export const IncentiveBacktestResult = z.object({
  schema: z.literal('faultline.yield-backtest/v1'),
  /** The last day scored. */
  asOf: DayText,
  /** The newest day of the daily TVL histories and of the incentive shares the scores read. */
  dataThrough: z.record(z.string(), DayText),
  plan: z.object({
    train: z.object({ from: DayText, to: DayText }),
    test: z.object({ from: DayText, to: DayText }),
  }),
  /** Monthly scoring points (protocol × month) at which the factor's signal was known, and the protocols. */
  coverage: z.object({ points: z.number().int(), protocols: z.array(z.string()) }),
  sources: z.array(z.string()),
  with: Run,
  without: Run,
  /** By the held-out test F1: whether the factor helps, changes nothing, or hurts. */
  verdict: z.enum(['helps', 'no change', 'hurts']),
  notes: z.array(z.string()),
});
export type IncentiveBacktestResult = z.infer<typeof IncentiveBacktestResult>;

const newest = (xs: readonly { day: Day }[]) =>
  xs.reduce<Day | null>((m, x) => (m === null || x.day > m ? x.day : m), null);

const part = (r: BacktestResult) => ({
  protocols: r.protocols,
  collapses: r.collapses,
  caught: r.caught.length,
  falseAlarms: r.falseAlarms.length,
  precision: r.precision,
  recall: r.recall,
  f1: r.f1,
  medianLeadDays: r.medianLeadDays,
});

/**
 * Re-runs the sustainability backtest (analytics/runBacktest.ts) twice on the same data: with the
 * published weight sets, which count incentive dependence, and with that factor's weight set to 0 (a
 * factor of weight 0 changes no score). Each run chooses its own weights and threshold on the training
 * months; the verdict compares their held-out test F1.
 * @example incentiveBacktest(await app.sustainability(), { to: '2025-03-02' }).verdict
 */
export function incentiveBacktest(
  data: SustainabilityData,
  input: z.input<typeof IncentiveBacktestParameters>,
): IncentiveBacktestResult {
  const params = parseParameters(IncentiveBacktestParameters, input);
  const plan: BacktestPlan = {
    train: { from: params.from, to: addDays(params.split, -1) },
    test: { from: params.split, to: params.to },
  };
  const without: Record<string, Weights> = Object.fromEntries(
    Object.entries(WEIGHT_SETS).map(([name, w]) => [name, { ...w, incentiveDependence: 0 }]),
  );
  const runs = { with: runBacktest(data, plan), without: runBacktest(data, plan, undefined, without) };
  const summary = (r: (typeof runs)['with']) => ({
    chosen: r.chosen,
    train: part(r.train),
    test: part(r.test),
  });
  const months: Day[] = [];
  for (
    let d = `${params.from.slice(0, 7)}-01` as Day;
    d <= params.to;
    d = `${addDays(d, 32).slice(0, 7)}-01` as Day
  )
    if (d >= params.from) months.push(d);
  let points = 0;
  const protocols = new Set<string>();
  for (const id of data.protocols.keys()) {
    const shares = data.incentives.get(id) ?? [];
    for (const day of months)
      if (shares.some((s) => s.day <= day && daysBetween(s.day, day) <= INCENTIVE_SHARE_MAX_AGE_DAYS)) {
        points++;
        protocols.add(id);
      }
  }
  const f1 = (r: (typeof runs)['with']) => r.test.f1 ?? -1;
  const delta = f1(runs.with) - f1(runs.without);
  const notes =
    points === 0
      ? [
          'no protocol with daily TVL history has pool yields within 90 days of a scored month: the factor cannot act',
        ]
      : [];
  const tvlThrough = newest([...data.protocols.values()].flatMap((p) => p.series));
  const sharesThrough = newest([...data.incentives.values()].flat());
  const dataThrough = {
    ...(tvlThrough ? { tvl: tvlThrough } : {}),
    ...(sharesThrough ? { incentiveShares: sharesThrough } : {}),
  };
  return IncentiveBacktestResult.parse({
    schema: 'faultline.yield-backtest/v1',
    asOf: params.to,
    dataThrough,
    plan,
    coverage: { points, protocols: [...protocols].sort() },
    sources: [
      'the stored daily TVL histories (analytics/sustainabilityData.ts)',
      'the stored pool yields (analytics/incentiveShares.ts)',
    ],
    with: summary(runs.with),
    without: summary(runs.without),
    verdict: Math.abs(delta) < 1e-12 ? 'no change' : delta > 0 ? 'helps' : 'hurts',
    notes,
  });
}
