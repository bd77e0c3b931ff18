// src/risk/sustainability/chainSignals.ts
import { addDays } from "../../core/day.js";
var MIN_PROTOCOL_USD = 1e5;
function chainSignals(input) {
  const { series, asOf } = input;
  const last = series.at(-1);
  const peak = series.reduce((m, p) => Math.max(m, p.usd), 0);
  let base = null;
  for (const p of series) if (p.day <= addDays(asOf, -180)) base = p.usd;
  const counted = input.protocols.filter((p) => p.before >= MIN_PROTOCOL_USD);
  return {
    drawdownUsd: last && peak > 0 ? 1 - last.usd / peak : null,
    trend180: last && base !== null && base > 0 ? last.usd / base - 1 : null,
    protocolsLeaving: counted.length === 0 ? null : counted.filter((p) => p.now < 0.1 * p.before).length / counted.length
  };
}
export {
  MIN_PROTOCOL_USD,
  chainSignals
};
