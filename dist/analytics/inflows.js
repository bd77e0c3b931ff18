// src/analytics/inflows.ts
function splitFlows(balances, price, from, to, maxDayUsd = Number.POSITIVE_INFINITY) {
  const byDay = /* @__PURE__ */ new Map();
  for (const b of balances) {
    if (b.day < from || b.day > to) continue;
    const tokens = byDay.get(b.day) ?? /* @__PURE__ */ new Map();
    tokens.set(b.token, (tokens.get(b.token) ?? 0) + b.amount);
    byDay.set(b.day, tokens);
  }
  const unpriced = /* @__PURE__ */ new Set();
  const valueOn = (day) => {
    let usd = 0;
    for (const [token, amount] of byDay.get(day) ?? []) {
      const p = price(token, day);
      if (p === null) unpriced.add(token);
      else usd += amount * p;
    }
    return usd;
  };
  const implausibleDays = [...byDay.keys()].filter((day) => valueOn(day) > maxDayUsd).sort();
  for (const day of implausibleDays) byDay.delete(day);
  const days = [...byDay.keys()].sort();
  if (days.length < 2) return null;
  let inflows = 0;
  for (let i = 1; i < days.length; i++) {
    const day = days[i];
    const now = byDay.get(day);
    const before = byDay.get(days[i - 1]);
    for (const token of /* @__PURE__ */ new Set([...now.keys(), ...before.keys()])) {
      const p = price(token, day);
      if (p === null) {
        unpriced.add(token);
        continue;
      }
      inflows += ((now.get(token) ?? 0) - (before.get(token) ?? 0)) * p;
    }
  }
  const first = days[0];
  const last = days.at(-1);
  const startUsd = valueOn(first);
  const endUsd = valueOn(last);
  return {
    from: first,
    to: last,
    startUsd,
    endUsd,
    deltaUsd: endUsd - startUsd,
    inflowsUsd: inflows,
    priceEffectUsd: endUsd - startUsd - inflows,
    unpricedTokens: [...unpriced].sort(),
    implausibleDays
  };
}
export {
  splitFlows
};
