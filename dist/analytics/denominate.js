// src/analytics/denominate.ts
var DENOMINATIONS = ["usd", "eth", "btc"];
function denominator(unit, closes) {
  if (unit === "usd") return { unit, convert: (_day, usd) => usd };
  const byDay = new Map(closes.map((p) => [p.day, p.value]));
  return {
    unit,
    convert(day, usd) {
      const price = byDay.get(day);
      return price === void 0 || price <= 0 ? null : usd / price;
    }
  };
}
function priceAsset(unit) {
  return unit === "eth" ? "ETH" : "BTC";
}
export {
  DENOMINATIONS,
  denominator,
  priceAsset
};
