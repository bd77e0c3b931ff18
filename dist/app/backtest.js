// src/app/backtest.ts
import { z } from "zod";
import { runBacktest } from "../analytics/runBacktest.js";
import { addDays } from "../core/day.js";
import { UsageError } from "../core/errors.js";
import { documentSchema } from "./document.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { oldestDay, provenance, TVL_SOURCES } from "./provenance.js";
import { SCORE_SOURCES, scoreDay } from "./score.js";
var BacktestParameters = z.strictObject({
  from: DaySchema.default("2021-01-01").describe("first month scored"),
  split: DaySchema.default("2024-01-01").describe(
    "weights are chosen on the months before this day and judged on the rest"
  ),
  to: DaySchema.optional().describe("last day scored (default: the end of the daily history)")
});
var Period = z.strictObject({
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
      leadDays: z.number()
    })
  ),
  missed: z.array(z.strictObject({ id: z.string(), name: z.string(), visibleDay: DaySchema })),
  falseAlarms: z.array(z.strictObject({ id: z.string(), name: z.string(), firstWarning: DaySchema })),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
  medianLeadDays: z.number().nullable()
});
var Window = z.strictObject({ from: DaySchema, to: DaySchema });
var BacktestResult = documentSchema("faultline.backtest/v1", {
  plan: z.strictObject({ train: Window, test: Window }),
  chosen: z.strictObject({ weights: z.string(), threshold: z.number(), trainF1: z.number().nullable() }),
  candidates: z.array(
    z.strictObject({
      weights: z.string(),
      threshold: z.number(),
      f1: z.number().nullable(),
      precision: z.number().nullable(),
      recall: z.number().nullable()
    })
  ),
  train: Period,
  test: Period,
  points: z.number().int().describe("months scored"),
  collapseRule: z.string()
});
var MAX_BACKTEST_YEARS = 10;
async function backtest(app, parameters, onProgress) {
  const p = parseParameters(BacktestParameters, parameters, "backtest");
  const to = await scoreDay(app, p.to, "to");
  if (!(p.from < p.split && p.split <= to))
    throw new UsageError(`need from ${p.from} < split ${p.split} \u2264 to ${to}`, { field: "split" });
  const first = await oldestDay(app, TVL_SOURCES);
  if (first !== null && p.from < addDays(first, -366))
    throw new UsageError(`${p.from} is more than a year before the stored history starts (${first})`, {
      field: "from"
    });
  if (addDays(p.from, 366 * MAX_BACKTEST_YEARS) < to)
    throw new UsageError(`at most ${MAX_BACKTEST_YEARS} years at once`, { field: "from" });
  const report = runBacktest(
    await app.sustainability(),
    { train: { from: p.from, to: addDays(p.split, -1) }, test: { from: p.split, to } },
    onProgress
  );
  return {
    schema: "faultline.backtest/v1",
    asOf: to,
    ...await provenance(app, SCORE_SOURCES, null),
    coverage: null,
    ...report
  };
}
export {
  BacktestParameters,
  BacktestResult,
  MAX_BACKTEST_YEARS,
  backtest
};
