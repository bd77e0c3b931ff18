// src/analytics/pegPrice.ts
import { TOKEN_PEGS } from "../model/tokenPegs.js";
function pegPrice(eth, btc) {
  const closes = {
    ETH: new Map(eth.map((p) => [p.day, p.value])),
    BTC: new Map(btc.map((p) => [p.day, p.value]))
  };
  return (token, day) => {
    const peg = TOKEN_PEGS[token.toUpperCase()];
    if (peg === void 0) return null;
    return peg === "USD" ? 1 : closes[peg].get(day) ?? null;
  };
}
export {
  pegPrice
};
