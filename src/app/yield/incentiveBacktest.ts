import { z } from 'zod';
import { backtestSignals, runBacktest } from '../../analytics/runBacktest.ts';
import { addDays, type Day, daysBetween } from '../../core/day.ts';
import type { BacktestResult } from '../../risk/sustainability/backtest.ts';
import { WEIGHT_SETS, type Weights } from '../../risk/sustainability/factors.ts';
import { INCENTIVE_SHARE_MAX_AGE_DAYS } from '../../risk/sustainability/protocolSignals.ts';
import { BacktestParameters, backtestPlan } from '../backtest.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { parseParameters } from '../parameters.ts';
import { provenance } from '../provenance.ts';
import { SCORE_SOURCES } from '../score.ts';
import { DayText } from './yieldSchemas.ts';
import { yieldSources } from './yieldSources.ts';

/** `faultline yield backtest`, `GET /api/v1/yield/backtest`: the months scored and the day that splits training from test. */
export const IncentiveBacktestParameters = BacktestParameters;
export type IncentiveBacktestParameters = z.input<typeof IncentiveBacktestParameters>;

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

/**
 * `faultline.yield-backtest/v1`: the sustainability backtest with and without the incentive-dependence
 * factor; `asOf` is the last day scored.
 */
export const IncentiveBacktestResult = documentSchema('faultline.yield-backtest/v1', {
  plan: z.object({
    train: z.object({ from: DayText, to: DayText }),
    test: z.object({ from: DayText, to: DayText }),
  }),
  factorCoverage: z
    .object({ points: z.number().int(), protocols: z.array(z.string()) })
    .describe(
      "monthly scoring points (protocol × month) at which the factor's signal was known, and the protocols",
    ),
  with: Run,
  without: Run,
  /** By the held-out test F1: whether the factor helps, changes nothing, or hurts. */
  verdict: z.enum(['helps', 'no change', 'hurts']),
  notes: z.array(z.string()),
});
export type IncentiveBacktestResult = z.infer<typeof IncentiveBacktestResult>;

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
 * months; the verdict compares their held-out test F1. The window is checked as `backtest` checks it.
 * @example (await incentiveBacktest(app, { to: '2025-03-02' })).verdict
 */
export async function incentiveBacktest(
  app: App,
  parameters: IncentiveBacktestParameters,
): Promise<IncentiveBacktestResult> {
  const p = parseParameters(IncentiveBacktestParameters, parameters, 'yield backtest');
  const data = await app.sustainability();
  const plan = await backtestPlan(app, p);
  const to = plan.test.to;
  const without: Record<string, Weights> = Object.fromEntries(
    Object.entries(WEIGHT_SETS).map(([name, w]) => [name, { ...w, incentiveDependence: 0 }]),
  );
  const signals = backtestSignals(data, plan);
  const runs = {
    with: runBacktest(data, plan, { signals }),
    without: runBacktest(data, plan, { signals, weightSets: without }),
  };
  const summary = (r: (typeof runs)['with']) => ({
    chosen: r.chosen,
    train: part(r.train),
    test: part(r.test),
  });
  const months: Day[] = [];
  for (let d = `${p.from.slice(0, 7)}-01` as Day; d <= to; d = `${addDays(d, 32).slice(0, 7)}-01` as Day)
    if (d >= p.from) months.push(d);
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
  const scored = await provenance(app, SCORE_SOURCES, to);
  const yields = await yieldSources(await app.store());
  return IncentiveBacktestResult.parse({
    schema: 'faultline.yield-backtest/v1',
    asOf: to,
    dataThrough: { ...scored.dataThrough, ...yields.dataThrough },
    coverage: null,
    sources: [...scored.sources, ...yields.sources],
    plan,
    factorCoverage: { points, protocols: [...protocols].sort() },
    with: summary(runs.with),
    without: summary(runs.without),
    verdict: Math.abs(delta) < 1e-12 ? 'no change' : delta > 0 ? 'helps' : 'hurts',
    notes,
  });
}
