// src/model/bitcoinSupply.ts
import { daysBetween } from "../core/day.js";
var ANCHORS = [
  [0, "2009-01-03"],
  [21e4, "2012-11-28"],
  [42e4, "2016-07-09"],
  [63e4, "2020-05-11"],
  [84e4, "2024-04-20"]
];
var BLOCKS_PER_DAY = 144;
var HALVING_INTERVAL = 21e4;
function btcIssuedAt(height) {
  let supply = 0;
  for (let era = 0; era * HALVING_INTERVAL < height; era++) {
    const blocks = Math.min(HALVING_INTERVAL, height - era * HALVING_INTERVAL);
    supply += blocks * (50 / 2 ** era);
  }
  return supply;
}
function btcSupplyOn(day) {
  let height = 0;
  for (let i = ANCHORS.length - 1; i >= 0; i--) {
    const [h, d] = ANCHORS[i];
    const next = ANCHORS[i + 1];
    if (day < d) continue;
    height = next ? h + (next[0] - h) * daysBetween(d, day) / daysBetween(d, next[1]) : h + BLOCKS_PER_DAY * daysBetween(d, day);
    break;
  }
  return btcIssuedAt(Math.floor(height));
}
export {
  btcIssuedAt,
  btcSupplyOn
};
