import { addDays, type Day, monthOf } from '../core/day.ts';
import {
  type BacktestPoint,
  type BacktestResult,
  COLLAPSE_KEEPS,
  evaluateWarnings,
  type Outcome,
} from '../risk/sustainability/backtest.ts';
import {
  DEFAULT_WEIGHTS_NAME,
  WATCH_THRESHOLD,
  WEIGHT_SETS,
  type Weights,
} from '../risk/sustainability/factors.ts';
import { type ProtocolSignalsAt, protocolSignalsAt, scoreProtocolSignals } from './scoreAt.ts';
import type { SustainabilityData } from './sustainabilityData.ts';

/** The thresholds the training part chooses from, with the weight set. */
export const THRESHOLDS = [40, 50, 60] as const;

/** The backtest's periods: weights and threshold are chosen on `train`, then judged on `test`. */
export type BacktestPlan = { train: { from: Day; to: Day }; test: { from: Day; to: Day } };

/** The backtest as `faultline backtest` reports it. */
export type BacktestReport = {
  plan: BacktestPlan;
  chosen: { weights: string; threshold: number; trainF1: number | null };
  candidates: {
    weights: string;
    threshold: number;
    f1: number | null;
    precision: number | null;
    recall: number | null;
  }[];
  train: BacktestResult;
  test: BacktestResult;
  /** The first day of each month between the plan's ends. */
  points: number;
  collapseRule: string;
};

function monthStarts(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  let d = `${monthOf(from)}-01` as Day;
  if (d < from) d = addDays(`${monthOf(addDays(d, 40))}-01` as Day, 0);
  while (d <= to) {
    days.push(d);
    d = `${monthOf(addDays(d, 40))}-01` as Day;
  }
  return days;
}

/**
 * What happened to each protocol: collapsed (≤ 10% of its peak, the snapshot's latest where newer), the
 * day it became visible and in what: the first history day at ≤ 10% of the peak so far, else the
 * snapshot's day, with the history's last day as the last observed day before it.
 */
export function outcomesOf(data: SustainabilityData): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const [id, p] of data.protocols) {
    const d = data.outcomes.get(id);
    if (!d) continue;
    const collapsed = d.latestUsd <= COLLAPSE_KEEPS * d.peakUsd;
    let peak = 0;
    let visible: Day | null = null;
    let before: Day | null = null;
    for (const x of p.series) {
      peak = Math.max(peak, x.usd);
      if (peak > 0 && x.usd <= COLLAPSE_KEEPS * peak && x.day > d.peakDay) {
        visible = x.day;
        break;
      }
      before = x.day;
    }
    const inHistory = visible !== null;
    out.set(id, {
      id,
      name: p.name,
      collapsed,
      visibleDay: collapsed ? (visible ?? d.latestDay) : null,
      visibleFrom: collapsed ? (inHistory ? 'history' : 'snapshot') : null,
      observedThrough: collapsed ? before : null,
    });
  }
  return out;
}

/** The day of the protocol-list snapshot the outcomes read, where any outcome reads one. */
function snapshotDay(data: SustainabilityData): Day | null {
  return [...data.outcomes.values()]
    .filter((o) => o.latestFrom === 'snapshot')
    .reduce<Day | null>((d, o) => (d === null || o.latestDay > d ? o.latestDay : d), null);
}

/** Every listed protocol's signals at the first day of each month of a plan, from data up to that day only. */
export type BacktestSignals = { days: Day[]; signals: ProtocolSignalsAt[][] };

/**
 * The signals a backtest scores: computed once, then scored under every weight set (signals do not
 * depend on the weights), so several runs on the same plan share them.
 */
export function backtestSignals(
  data: SustainabilityData,
  plan: BacktestPlan,
  onProgress?: (done: number, total: number) => void,
): BacktestSignals {
  const days = monthStarts(plan.train.from, plan.test.to);
  const signals = days.map((day, i) => {
    const onDay = [...data.listed].flatMap((id) => protocolSignalsAt(data, id, day) ?? []);
    onProgress?.(i + 1, days.length);
    return onDay;
  });
  return { days, signals };
}

/**
 * Scores every protocol (one row per identity) at the first day of each month with data up to that day
 * only, chooses the weight set (of `weightSets`, the published ones by default) and threshold with the
 * best F1 on the training months (the published defaults on a tie), and judges them on the test months.
 */
export function runBacktest(
  data: SustainabilityData,
  plan: BacktestPlan,
  options: {
    onProgress?: ((done: number, total: number) => void) | undefined;
    weightSets?: Readonly<Record<string, Weights>>;
    /** The plan's signals, when another run on the same plan computed them. */
    signals?: BacktestSignals;
  } = {},
): BacktestReport {
  const { days, signals } = options.signals ?? backtestSignals(data, plan, options.onProgress);
  const outcomes = outcomesOf(data);
  const sets = Object.entries(options.weightSets ?? WEIGHT_SETS);
  const pointsBySet = new Map<string, BacktestPoint[]>(
    sets.map(([name, weights]) => [
      name,
      signals.flat().map((s) => ({
        id: s.id,
        day: s.asOf,
        score: scoreProtocolSignals(s, weights).score,
      })),
    ]),
  );
  const candidates = sets.flatMap(([name]) =>
    THRESHOLDS.map((threshold) => {
      const r = evaluateWarnings(
        pointsBySet.get(name) as BacktestPoint[],
        outcomes,
        threshold,
        plan.train.from,
        plan.train.to,
      );
      return { weights: name, threshold, f1: r.f1, precision: r.precision, recall: r.recall };
    }),
  );
  // Candidates the training months cannot tell apart (equal F1) leave the published defaults in place.
  const published = (c: (typeof candidates)[number]) =>
    c.weights === DEFAULT_WEIGHTS_NAME && c.threshold === WATCH_THRESHOLD;
  const best = candidates.reduce((a, b) =>
    (b.f1 ?? -1) > (a.f1 ?? -1) || ((b.f1 ?? -1) === (a.f1 ?? -1) && published(b)) ? b : a,
  );
  const chosen = pointsBySet.get(best.weights) as BacktestPoint[];
  return {
    plan,
    chosen: { weights: best.weights, threshold: best.threshold, trainF1: best.f1 },
    candidates,
    train: evaluateWarnings(chosen, outcomes, best.threshold, plan.train.from, plan.train.to),
    test: evaluateWarnings(chosen, outcomes, best.threshold, plan.test.from, plan.test.to),
    points: days.length,
    collapseRule: `a protocol collapsed when its latest TVL (the ${snapshotDay(data) ?? 'latest'} protocol-list snapshot where newer than the daily history) is at most ${COLLAPSE_KEEPS * 100}% of its peak; visible on the first day the daily history shows it, else the snapshot's day; lead times count observed days only: to the visible day when the history shows the collapse, else to the day after the history's last day (a lower bound, marked "at least")`,
  };
}
