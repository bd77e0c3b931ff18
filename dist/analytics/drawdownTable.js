// src/analytics/drawdownTable.ts
import { daysBetween } from "../core/day.js";
import { EXCLUDED_CATEGORIES } from "../model/tvlMethodology.js";
import { newestFigure } from "./newestFigure.js";
var MIN_FLOW_COVERAGE = 0.5;
function view(peak, peakDay, latest, latestDay) {
  if (peak === null || peakDay === null || latest === null || peak <= 0) return null;
  return {
    peak,
    peakDay,
    latest,
    latestDay,
    drawdown: 1 - latest / peak,
    daysSincePeak: daysBetween(peakDay, latestDay)
  };
}
function drawdownTable(ctx, peaks, unit, minPeakUsd, flowsOf = () => null) {
  const rows = [];
  for (const p of peaks) {
    const entry = ctx.universe.entries.get(p.protocol);
    if (!entry || entry.coveredBy !== null || p.peakUsd <= 0 || p.peakUsd < minPeakUsd) continue;
    if (entry.category !== null && EXCLUDED_CATEGORIES.has(entry.category)) continue;
    const newest = newestFigure(entry.identity, { day: p.latestDay, usd: p.latestUsd }, ctx.snapshot);
    const { usd: latestUsd, day: latestDay } = newest;
    const newHigh = latestUsd > p.peakUsd;
    const usd = view(
      newHigh ? latestUsd : p.peakUsd,
      newHigh ? latestDay : p.peakUsdDay,
      latestUsd,
      latestDay
    );
    const eth = view(p.peakEth, p.peakEthDay, p.latestEth, p.latestDay);
    const btc = view(p.peakBtc, p.peakBtcDay, p.latestBtc, p.latestDay);
    const nativeUnit = p.btcSideShare > 0.5 ? "btc" : "eth";
    const native = nativeUnit === "btc" ? btc : eth;
    const flows = flowsOf(p.protocol, p);
    const flowCoverage = flows ? Math.min(flows.startUsd / p.peakUsd, flows.endUsd / p.latestUsd) : null;
    rows.push({
      key: p.protocol,
      id: entry.identity.id,
      name: entry.identity.name,
      category: entry.category,
      usd,
      latestFrom: newest.from,
      view: unit === "usd" ? usd : unit === "eth" ? eth : btc,
      nativeUnit,
      native,
      moved: moved(
        view(p.peakUsd, p.peakUsdDay, p.latestUsd, p.latestDay),
        native,
        flowCoverage !== null && flowCoverage >= MIN_FLOW_COVERAGE ? flows : null
      ),
      flows,
      flowCoverage
    });
  }
  return rows.sort((a, b) => (b.view?.drawdown ?? -Infinity) - (a.view?.drawdown ?? -Infinity));
}
function moved(usdHistory, native, flows) {
  if (usdHistory.drawdown < 0.05) return "none";
  let outflowShare = null;
  if (flows && flows.deltaUsd < 0) outflowShare = Math.min(1, Math.max(0, flows.inflowsUsd / flows.deltaUsd));
  else if (native) outflowShare = Math.max(0, native.drawdown) / usdHistory.drawdown;
  if (outflowShare === null) return "unknown";
  return outflowShare < 0.3 ? "price" : outflowShare > 0.7 ? "outflow" : "both";
}
export {
  MIN_FLOW_COVERAGE,
  drawdownTable
};
