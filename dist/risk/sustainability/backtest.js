// src/risk/sustainability/backtest.ts
import { daysBetween } from "../../core/day.js";
var COLLAPSE_KEEPS = 0.1;
var median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
function evaluateWarnings(points, outcomes, threshold, from, to) {
  const inPeriod = points.filter((p) => p.day >= from && p.day <= to);
  const ids = [...new Set(inPeriod.map((p) => p.id))].filter((id) => {
    const o = outcomes.get(id);
    return o !== void 0 && !(o.collapsed && o.visibleDay !== null && o.visibleDay < from);
  });
  const caught = [];
  const missed = [];
  const falseAlarms = [];
  for (const id of ids) {
    const o = outcomes.get(id);
    const before = (p) => !o.collapsed || o.visibleDay === null || p.day < o.visibleDay;
    const warning = inPeriod.filter((p) => p.id === id && p.score < threshold && before(p)).reduce((d, p) => d === null || p.day < d ? p.day : d, null);
    if (o.collapsed && o.visibleDay !== null) {
      if (warning)
        caught.push({
          id,
          name: o.name,
          firstWarning: warning,
          visibleDay: o.visibleDay,
          leadDays: daysBetween(warning, o.visibleDay)
        });
      else missed.push({ id, name: o.name, visibleDay: o.visibleDay });
    } else if (warning) falseAlarms.push({ id, name: o.name, firstWarning: warning });
  }
  const precision = caught.length + falseAlarms.length > 0 ? caught.length / (caught.length + falseAlarms.length) : null;
  const recall = caught.length + missed.length > 0 ? caught.length / (caught.length + missed.length) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? 2 * precision * recall / (precision + recall) : null;
  return {
    from,
    to,
    threshold,
    protocols: ids.length,
    collapses: caught.length + missed.length,
    caught: caught.sort((a, b) => a.id.localeCompare(b.id)),
    missed: missed.sort((a, b) => a.id.localeCompare(b.id)),
    falseAlarms: falseAlarms.sort((a, b) => a.id.localeCompare(b.id)),
    precision,
    recall,
    f1,
    medianLeadDays: median(caught.map((c) => c.leadDays))
  };
}
export {
  COLLAPSE_KEEPS,
  evaluateWarnings
};
