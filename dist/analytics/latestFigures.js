// src/analytics/latestFigures.ts
function lastClose(prices, asOf = null) {
  const last = prices.filter((p) => asOf === null || p.day <= asOf).at(-1);
  return last ? { day: last.day, usd: last.value } : null;
}
function latestStaked(rows, protocol) {
  const mine = rows.filter((r) => r.protocol === protocol);
  const month = mine.at(-1)?.month;
  if (month === void 0) return null;
  const latest = mine.filter((r) => r.month === month);
  return {
    month,
    btc: latest.reduce((s, r) => s + r.tvlBtc, 0),
    usd: latest.reduce((s, r) => s + r.tvlUsd, 0)
  };
}
export {
  lastClose,
  latestStaked
};
