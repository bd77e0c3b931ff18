// src/risk/lending/slippage.ts
function sellLoss(reserve, fee, amount) {
  return 1 - (1 - fee) * reserve / (reserve + (1 - fee) * amount);
}
function maxProfitableSale(reserve, fee, bonus) {
  return Math.max(0, reserve * ((1 - fee) / (1 - bonus) - 1) / (1 - fee));
}
function sellInto(pool, amount) {
  const effective = (1 - pool.fee) * amount;
  const received = pool.quote * effective / (pool.reserve + effective);
  return { reserve: pool.reserve + amount, quote: pool.quote - received, received };
}
export {
  maxProfitableSale,
  sellInto,
  sellLoss
};
