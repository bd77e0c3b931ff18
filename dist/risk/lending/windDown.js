// src/risk/lending/windDown.ts
import { interestRates, utilization } from "./interestRate.js";
function windDown(reserves, suppliers, repayRatePerDay, horizonDays) {
  const rows = reserves.map((r) => {
    const available = Math.max(0, r.supplied - r.borrowed);
    const stuck = Math.min(r.supplied, r.borrowed);
    const drained = interestRates(utilization(0, r.borrowed), r.rates).borrowRate;
    let debt = stuck;
    let freed = 0;
    let daysToHalf = null;
    let daysTo99 = null;
    for (let day = 1; day <= horizonDays && stuck > 0 && daysTo99 === null; day++) {
      debt *= 1 + drained / 365;
      const repaid = debt * repayRatePerDay;
      debt -= repaid;
      freed += repaid;
      if (daysToHalf === null && freed >= stuck / 2) daysToHalf = day;
      if (freed >= stuck * 0.99) daysTo99 = day;
    }
    return {
      chain: r.chain,
      asset: r.asset,
      suppliedUsd: r.supplied * r.price,
      borrowedUsd: r.borrowed * r.price,
      utilization: utilization(available, r.borrowed),
      withdrawableNowUsd: available * r.price,
      stuckUsd: stuck * r.price,
      borrowRateWhenDrained: drained,
      daysToHalf: stuck > 0 ? daysToHalf : 0,
      daysTo99: stuck > 0 ? daysTo99 : 0
    };
  });
  const chains = [...new Set(rows.map((r) => r.chain))].map((chain) => {
    const own = rows.filter((r) => r.chain === chain);
    const days = own.map((r) => r.daysTo99);
    return {
      chain,
      suppliedUsd: own.reduce((s, r) => s + r.suppliedUsd, 0),
      withdrawableNowUsd: own.reduce((s, r) => s + r.withdrawableNowUsd, 0),
      stuckUsd: own.reduce((s, r) => s + r.stuckUsd, 0),
      daysTo99: days.includes(null) ? null : Math.max(0, ...days)
    };
  });
  const price = new Map(reserves.map((r) => [`${r.chain}/${r.asset}`, r.price]));
  const poolUsd = rows.reduce((s, r) => s + r.withdrawableNowUsd, 0);
  const claims = /* @__PURE__ */ new Map();
  for (const c of suppliers)
    claims.set(
      c.supplier,
      (claims.get(c.supplier) ?? 0) + c.amount * (price.get(`${c.chain}/${c.asset}`) ?? 0)
    );
  const claimsUsd = [...claims.values()].reduce((s, v) => s + v, 0);
  const recovery = claimsUsd > 0 ? Math.min(1, poolUsd / claimsUsd) : 0;
  return {
    repayRatePerDay,
    horizonDays,
    reserves: rows,
    chains,
    redistribution: {
      poolUsd,
      claimsUsd,
      recovery,
      suppliers: [...claims].map(([supplier, claimUsd]) => ({
        supplier,
        claimUsd,
        returnedUsd: claimUsd * recovery,
        recovery
      }))
    }
  };
}
export {
  windDown
};
