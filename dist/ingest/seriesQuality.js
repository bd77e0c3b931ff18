// src/ingest/seriesQuality.ts
import { addDays } from "../core/day.js";
var MAX_TVL_USD = 2e11;
var usd = (v) => `$${Math.round(v).toLocaleString("en-US")}`;
function checkSeries(points, history, tokensUsd) {
  const accepted = [...history];
  const findings = [];
  const flag = (p, kind, excluded, message) => findings.push({ day: p.day, usd: p.usd, kind, excluded, message });
  for (const p of points) {
    const prev = accepted.at(-1);
    const weekBefore = addDays(p.day, -7);
    const weekAgo = findLast(accepted, (a) => a.day <= weekBefore);
    let excluded = true;
    if (p.usd < 0) flag(p, "negative", true, `negative TVL ${usd(p.usd)}`);
    else if (p.usd > MAX_TVL_USD) flag(p, "over-200b", true, `TVL ${usd(p.usd)} is over $200B`);
    else if (prev && p.usd > 1e6 && p.usd > 5 * prev.usd && (!weekAgo || p.usd > 5 * weekAgo.usd)) {
      flag(
        p,
        "held-spike",
        true,
        `${usd(p.usd)} is over 5\xD7 the day before (${usd(prev.usd)}) and the week before`
      );
    } else if (prev && prev.usd > 1e5 && p.usd < 0.5 * prev.usd && vanishedShare(prev, p, tokensUsd) > 0.25) {
      flag(
        p,
        "vanished-tokens",
        true,
        `fell from ${usd(prev.usd)} to ${usd(p.usd)} as tokens worth over 25% vanished`
      );
    } else {
      excluded = false;
      if (prev && prev.usd > 0 && p.usd === 0)
        flag(p, "section-zero", false, `fell to 0 from ${usd(prev.usd)}`);
      else if (prev && prev.usd > 0 && p.usd >= 1e5 && p.usd > 2 * prev.usd)
        flag(p, "jump", false, `${usd(p.usd)} is over 2\xD7 the day before (${usd(prev.usd)})`);
      else if (prev && prev.usd > 1e5 && p.usd < 0.5 * prev.usd)
        flag(p, "cliff", false, `fell over 50% in a day, from ${usd(prev.usd)} to ${usd(p.usd)}`);
    }
    if (!excluded) accepted.push(p);
  }
  return findings;
}
function vanishedShare(prev, today, tokensUsd) {
  const before = tokensUsd?.get(prev.day);
  const after = tokensUsd?.get(today.day);
  if (!before || !after || prev.usd <= 0) return 0;
  let gone = 0;
  for (const [token, value] of Object.entries(before)) {
    if (value && value > 0 && !(after[token] && after[token] > 0)) gone += value;
  }
  return gone / prev.usd;
}
function findLast(items, test) {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (test(item)) return item;
  }
  return void 0;
}
export {
  checkSeries
};
