// src/analytics/runBacktest.ts
import { addDays, monthOf } from "../core/day.js";
import {
  COLLAPSE_KEEPS,
  evaluateWarnings
} from "../risk/sustainability/backtest.js";
import { WEIGHT_SETS } from "../risk/sustainability/factors.js";
import { protocolScoreAt } from "./sustainabilityData.js";
var THRESHOLDS = [40, 50, 60];
function monthStarts(from, to) {
  const days = [];
  let d = `${monthOf(from)}-01`;
  if (d < from) d = addDays(`${monthOf(addDays(d, 40))}-01`, 0);
  while (d <= to) {
    days.push(d);
    d = `${monthOf(addDays(d, 40))}-01`;
  }
  return days;
}
function outcomesOf(data) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, p] of data.protocols) {
    const d = data.outcomes.get(id);
    if (!d) continue;
    const collapsed = d.latestUsd <= COLLAPSE_KEEPS * d.peakUsd;
    let peak = 0;
    let visible = null;
    for (const x of p.series) {
      peak = Math.max(peak, x.usd);
      if (peak > 0 && x.usd <= COLLAPSE_KEEPS * peak && x.day > d.peakDay) {
        visible = x.day;
        break;
      }
    }
    out.set(id, { id, name: p.name, collapsed, visibleDay: collapsed ? visible ?? d.latestDay : null });
  }
  return out;
}
function snapshotDay(data) {
  return [...data.outcomes.values()].filter((o) => o.latestFrom === "snapshot").reduce((d, o) => d === null || o.latestDay > d ? o.latestDay : d, null);
}
function runBacktest(data, plan, onProgress) {
  const days = monthStarts(plan.train.from, plan.test.to);
  const outcomes = outcomesOf(data);
  const pointsBySet = /* @__PURE__ */ new Map();
  const sets = Object.entries(WEIGHT_SETS);
  let done = 0;
  for (const [name, weights] of sets) {
    const points = [];
    for (const day of days) {
      for (const id of data.protocols.keys()) {
        const s = protocolScoreAt(data, id, day, weights);
        if (s) points.push({ id, day, score: s.score });
      }
      onProgress?.(++done, days.length * sets.length);
    }
    pointsBySet.set(name, points);
  }
  const candidates = sets.flatMap(
    ([name]) => THRESHOLDS.map((threshold) => {
      const r = evaluateWarnings(
        pointsBySet.get(name),
        outcomes,
        threshold,
        plan.train.from,
        plan.train.to
      );
      return { weights: name, threshold, f1: r.f1, precision: r.precision, recall: r.recall };
    })
  );
  const best = candidates.reduce((a, b) => (b.f1 ?? -1) > (a.f1 ?? -1) ? b : a);
  const chosen = pointsBySet.get(best.weights);
  return {
    plan,
    chosen: { weights: best.weights, threshold: best.threshold, trainF1: best.f1 },
    candidates,
    train: evaluateWarnings(chosen, outcomes, best.threshold, plan.train.from, plan.train.to),
    test: evaluateWarnings(chosen, outcomes, best.threshold, plan.test.from, plan.test.to),
    points: days.length,
    collapseRule: `a protocol collapsed when its latest TVL (the ${snapshotDay(data) ?? "latest"} protocol-list snapshot where newer than the daily history) is at most ${COLLAPSE_KEEPS * 100}% of its peak; visible on the first day the daily history shows it, else the snapshot's day`
  };
}
export {
  THRESHOLDS,
  outcomesOf,
  runBacktest
};
