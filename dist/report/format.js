// src/report/format.ts
function usd(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "unknown";
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e12) return `${sign}$${(abs / 1e12).toFixed(2)}T`;
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${sign}$${(abs / 1e3).toFixed(1)}k`;
  return `${sign}$${abs.toFixed(0)}`;
}
function pct(fraction, digits = 1) {
  if (fraction === null || fraction === void 0 || !Number.isFinite(fraction)) return "unknown";
  return `${(fraction * 100).toFixed(digits)}%`;
}
function btc(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "unknown";
  return `${Math.round(value).toLocaleString("en-US")} BTC`;
}
function int(value) {
  return Math.round(value).toLocaleString("en-US");
}
function shareText(share, partial, l2sKnown = 1) {
  if (l2sKnown === 0) return "unknown (no L2 figure)";
  if (share === null) return "unknown (no Ethereum figure)";
  return partial ? `\u2265 ${pct(share)}` : pct(share);
}
export {
  btc,
  int,
  pct,
  shareText,
  usd
};
