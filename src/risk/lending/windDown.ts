import { interestRates, type RateModel, utilization } from './interestRate.ts';

/** One reserve of a market switched to withdraw-only; amounts in asset units, price in USD. */
export type WindDownReserve = {
  chain: string;
  asset: string;
  price: number;
  supplied: number;
  borrowed: number;
  /** What the reserve holds and suppliers can take now, when known (read from the chain); else supplied − borrowed. */
  available?: number;
  rates: RateModel;
};

/** A supplier's claim on a reserve (asset units). */
export type SupplierClaim = { supplier: string; chain: string; asset: string; amount: number };

export type ReserveWindDown = {
  chain: string;
  asset: string;
  suppliedUsd: number;
  borrowedUsd: number;
  utilization: number;
  /** What suppliers can take out today (USD). */
  withdrawableNowUsd: number;
  /** Supply that cannot leave until borrowers repay (USD). */
  stuckUsd: number;
  /** Borrow rate at the reserve's utilisation once the free liquidity is gone (per year). */
  borrowRateWhenDrained: number;
  /** Days until half / 99% of today's stuck supply is withdrawable, or null beyond the horizon. */
  daysToHalf: number | null;
  daysTo99: number | null;
};

export type ChainWindDown = {
  chain: string;
  suppliedUsd: number;
  withdrawableNowUsd: number;
  stuckUsd: number;
  daysTo99: number | null;
};

export type SupplierReturn = { supplier: string; claimUsd: number; returnedUsd: number; recovery: number };

export type WindDownResult = {
  repayRatePerDay: number;
  horizonDays: number;
  reserves: ReserveWindDown[];
  chains: ChainWindDown[];
  /** Pooling every reserve's withdrawable liquidity and paying each supplier pro rata of its claim. */
  redistribution: { poolUsd: number; claimsUsd: number; recovery: number; suppliers: SupplierReturn[] };
};

/**
 * A market in withdraw-only mode (ZeroLend's wind-down): suppliers take the free liquidity at once, so
 * utilisation sits at 100% and the rest is stuck until borrowers repay. Day by day, debt accrues at the
 * model's borrow rate and borrowers repay `repayRatePerDay` of what they owe; every repayment is withdrawn
 * the same day. The redistribution pools what can be withdrawn today across chains and reserves and
 * returns it pro rata to claims (a contract upgrade moving stranded assets, as ZeroLend planned).
 */
export function windDown(
  reserves: readonly WindDownReserve[],
  suppliers: readonly SupplierClaim[],
  repayRatePerDay: number,
  horizonDays: number,
): WindDownResult {
  const rows = reserves.map((r) => {
    const available = Math.min(r.supplied, Math.max(0, r.available ?? r.supplied - r.borrowed));
    const stuck = r.supplied - available;
    const drained = interestRates(utilization(0, r.borrowed), r.rates).borrowRate;
    let debt = stuck;
    let freed = 0;
    let daysToHalf: number | null = null;
    let daysTo99: number | null = null;
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
      daysTo99: stuck > 0 ? daysTo99 : 0,
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
      daysTo99: days.includes(null) ? null : Math.max(0, ...(days as number[])),
    };
  });
  const price = new Map(reserves.map((r) => [`${r.chain}/${r.asset}`, r.price]));
  const poolUsd = rows.reduce((s, r) => s + r.withdrawableNowUsd, 0);
  const claims = new Map<string, number>();
  for (const c of suppliers)
    claims.set(
      c.supplier,
      (claims.get(c.supplier) ?? 0) + c.amount * (price.get(`${c.chain}/${c.asset}`) ?? 0),
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
        recovery,
      })),
    },
  };
}
