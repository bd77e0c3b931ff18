// src/risk/sustainability/earnings.ts
function earningsRatios(x) {
  const annual = 365 / 30;
  return {
    priceToFees: x.fdvUsd / (x.fees30dUsd * annual),
    priceToSales: x.fdvUsd / (x.revenue30dUsd * annual),
    earningsUsd: x.revenue30dUsd - x.incentives30dUsd
  };
}
export {
  earningsRatios
};
