import type { MarketSnapshot } from '../model/chainMarket.ts';
import type { SupplierClaim, WindDownReserve } from '../risk/lending/windDown.ts';
import { accountHoldings, tokens, usdPrices } from './chainMarketAmounts.ts';
import { assetNames } from './chainMarketBook.ts';

const RAY = 1e27;

/**
 * The wind-down inputs of a chain snapshot: each priced reserve's supply (aToken total supply), debt
 * (variable + stable), what the aToken really holds (`available`: what can leave now), its rate
 * strategy (ray → fractions; reserve factor from the configuration), and every supplier's aToken
 * balance as a claim. A reserve whose strategy does not answer the v3.0 getters gets its current borrow
 * rate as a flat model, and says so in `assumptions`; a reserve with no price is left out, and says so.
 */
export function chainWindDown(snapshot: MarketSnapshot): {
  reserves: WindDownReserve[];
  suppliers: SupplierClaim[];
  assumptions: string[];
} {
  const prices = usdPrices(snapshot);
  const names = assetNames(snapshot);
  const chain = `chain ${snapshot.chainId}`;
  const assumptions: string[] = [];
  const reserves: WindDownReserve[] = [];
  for (const r of snapshot.reserves) {
    const name = names.get(r.asset) ?? r.asset;
    const price = prices.get(r.asset);
    if (price === undefined) {
      assumptions.push(`${name} left out: the oracle gives no price`);
      continue;
    }
    const d = r.configuration.decimals;
    const s = r.strategy;
    if (!s) assumptions.push(`${name}: rate strategy unread, its current borrow rate taken as flat`);
    reserves.push({
      chain,
      asset: name,
      price,
      supplied: tokens(r.totalSupplied, d),
      borrowed: tokens(r.totalVariableDebt + r.totalStableDebt, d),
      available: tokens(r.availableLiquidity, d),
      rates: s
        ? {
            baseRate: Number(s.baseVariableBorrowRate) / RAY,
            slope1: Number(s.variableRateSlope1) / RAY,
            slope2: Number(s.variableRateSlope2) / RAY,
            optimalUtilization: Number(s.optimalUsageRatio) / RAY,
            reserveFactor: r.configuration.reserveFactorBps / 1e4,
          }
        : {
            baseRate: Number(r.variableBorrowRate) / RAY,
            slope1: 0,
            slope2: 0,
            optimalUtilization: 0.8,
            reserveFactor: r.configuration.reserveFactorBps / 1e4,
          },
    });
  }
  const priced = new Set(reserves.map((r) => r.asset));
  const suppliers: SupplierClaim[] = [];
  for (const account of snapshot.accounts)
    for (const h of accountHoldings(snapshot, account)) {
      const asset = names.get(h.reserve.asset) ?? h.reserve.asset;
      if (h.supplied > 0n && priced.has(asset))
        suppliers.push({
          supplier: account.address,
          chain,
          asset,
          amount: tokens(h.supplied, h.reserve.configuration.decimals),
        });
    }
  return { reserves, suppliers, assumptions };
}
