import { z } from 'zod';
import { type BacktestPlan, runBacktest } from '../analytics/runBacktest.ts';
import { addDays, type Day } from '../core/day.ts';
import { UsageError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { oldestDay, provenance, TVL_SOURCES } from './provenance.ts';
import { SCORE_SOURCES, scoreDay } from './score.ts';

export const BacktestParameters = z.strictObject({
  from: DaySchema.default('2021-01-01' as Day).describe('first month scored'),
  split: DaySchema.default('2024-01-01' as Day).describe(
    'weights are chosen on the months before this day and judged on the rest',
  ),
  to: DaySchema.optional().describe('last day scored (default: the end of the daily history)'),
});
export type BacktestParameters = z.input<typeof BacktestParameters>;

/** Where a collapse became visible: the daily history, or only the protocol-list snapshot. */
const Visible = z.enum(['history', 'snapshot']);

const Period = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  threshold: z.number(),
  protocols: z.number().int(),
  collapses: z.number().int(),
  caught: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      firstWarning: DaySchema,
      visibleDay: DaySchema,
      visibleFrom: Visible,
      leadDays: z.number().describe('days of observed data between the first warning and the collapse'),
      leadAtLeast: z
        .boolean()
        .describe('the collapse showed only in the snapshot: leadDays is a lower bound'),
    }),
  ),
  missed: z.array(
    z.strictObject({ id: z.string(), name: z.string(), visibleDay: DaySchema, visibleFrom: Visible }),
  ),
  falseAlarms: z.array(z.strictObject({ id: z.string(), name: z.string(), firstWarning: DaySchema })),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
  medianLeadDays: z.number().nullable(),
});
const Window = z.strictObject({ from: DaySchema, to: DaySchema });

/** `faultline.backtest/v1`: the score at monthly points against the collapses that followed. */
export const BacktestResult = documentSchema('faultline.backtest/v1', {
  plan: z.strictObject({ train: Window, test: Window }),
  chosen: z.strictObject({ weights: z.string(), threshold: z.number(), trainF1: z.number().nullable() }),
  candidates: z.array(
    z.strictObject({
      weights: z.string(),
      threshold: z.number(),
      f1: z.number().nullable(),
      precision: z.number().nullable(),
      recall: z.number().nullable(),
    }),
  ),
  train: Period,
  test: Period,
  points: z.number().int().describe('months scored'),
  collapseRule: z.string(),
});
export type BacktestResult = z.infer<typeof BacktestResult>;

/** The longest backtest one request may ask for (years): a month a point, every protocol, every weight set. */
export const MAX_BACKTEST_YEARS = 10;

/**
 * The training and test months of a backtest window (`from` < `split` ≤ `to`, `to` defaulting to the
 * newest scored day), checked against the stored history: at most a year before it starts and at most
 * `MAX_BACKTEST_YEARS` long, else a usage error naming the field.
 */
export async function backtestPlan(
  app: App,
  p: { from: Day; split: Day; to?: Day | undefined },
): Promise<BacktestPlan> {
  const to = await scoreDay(app, p.to, 'to');
  if (!(p.from < p.split && p.split <= to))
    throw new UsageError(`need from ${p.from} < split ${p.split} ≤ to ${to}`, { field: 'split' });
  const first = await oldestDay(app, TVL_SOURCES);
  if (first !== null && p.from < addDays(first, -366))
    throw new UsageError(`${p.from} is more than a year before the stored history starts (${first})`, {
      field: 'from',
    });
  if (addDays(p.from, 366 * MAX_BACKTEST_YEARS) < to)
    throw new UsageError(`at most ${MAX_BACKTEST_YEARS} years at once`, { field: 'from' });
  return { train: { from: p.from, to: addDays(p.split, -1) }, test: { from: p.split, to } };
}

/**
 * Scores every protocol on the first day of each month from data up to that day, chooses the weights
 * and threshold on the months before `split` and judges them on the rest. The window must lie within
 * the stored history (a day outside it is a usage error, not a computation).
 */
export async function backtest(
  app: App,
  parameters: BacktestParameters,
  onProgress?: (done: number, total: number) => void,
): Promise<BacktestResult> {
  const p = parseParameters(BacktestParameters, parameters, 'backtest');
  const plan = await backtestPlan(app, p);
  const report = runBacktest(await app.sustainability(), plan, { onProgress });
  return {
    schema: 'faultline.backtest/v1',
    asOf: plan.test.to,
    ...(await provenance(app, SCORE_SOURCES, null)),
    coverage: null,
    ...report,
  };
}
