// src/risk/lending/pegFollows.ts
import { TOKEN_PEGS } from "../../model/tokenPegs.js";
function pegFollows(assets, shocks) {
  const leader = /* @__PURE__ */ new Map();
  for (const asset of Object.keys(shocks)) {
    const peg = TOKEN_PEGS[asset.toUpperCase()];
    if (peg && peg !== "USD" && !leader.has(peg)) leader.set(peg, asset);
  }
  const follows = {};
  for (const asset of assets) {
    const peg = TOKEN_PEGS[asset.toUpperCase()];
    const lead = peg ? leader.get(peg) : void 0;
    if (lead && !(asset in shocks)) follows[asset] = { asset: lead, beta: 1 };
  }
  return follows;
}
export {
  pegFollows
};
