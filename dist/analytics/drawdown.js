// src/analytics/drawdown.ts
import { daysBetween } from "../core/day.js";
function drawdown(series) {
  const last = series.at(-1);
  if (!last) return null;
  let peak = series[0];
  for (const point of series) if (point.value > peak.value) peak = point;
  if (peak.value <= 0) return null;
  return {
    peakDay: peak.day,
    peak: peak.value,
    latestDay: last.day,
    latest: last.value,
    drawdown: 1 - last.value / peak.value,
    daysSincePeak: daysBetween(peak.day, last.day)
  };
}
export {
  drawdown
};
