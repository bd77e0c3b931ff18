import type { EmodeCategory } from '../model/aaveEmode.ts';
import type { MarketSnapshot } from '../model/chainMarket.ts';
import type {
  CollateralHolding,
  DebtHolding,
  LendingAccountPosition,
  PositionBook,
} from '../model/lending.ts';
import { accountHoldings, tokens, usdPrices } from './chainMarketAmounts.ts';

/** A reserve's name in a book: its symbol, or its address where two reserves share a symbol. */
export function assetNames(snapshot: MarketSnapshot): Map<string, string> {
  const count = new Map<string, number>();
  for (const r of snapshot.reserves) count.set(r.symbol, (count.get(r.symbol) ?? 0) + 1);
  return new Map(
    snapshot.reserves.map((r) => [r.asset, (count.get(r.symbol) ?? 0) > 1 ? r.asset : r.symbol]),
  );
}

/**
 * The position book of a chain snapshot, for the lending engines (stress, VaR, wind-down): every
 * account with debt, each collateral it has enabled (threshold, LTV, bonus, protocol fee, e-mode
 * category and isolation ceiling of its reserve) and each debt, in whole tokens at the oracle's USD
 * prices at the block (an e-mode category's own price source for its assets in that category, as
 * GenericLogic does); the e-mode categories as the pool defines them. Nothing is assumed: the only
 * assumptions listed are accounts left out because a price they need is missing.
 * @example chainMarketBook(snapshot).accounts.length // borrowers in the snapshot
 */
export function chainMarketBook(snapshot: MarketSnapshot): PositionBook {
  const prices = usdPrices(snapshot);
  const names = assetNames(snapshot);
  const unit = Number(snapshot.baseCurrencyUnit);
  const emodePrice = new Map(
    snapshot.emodes.flatMap((e) => (e.sourcePrice ? [[e.id, Number(e.sourcePrice) / unit] as const] : [])),
  );
  const missing = new Map<string, number>();
  const accounts: LendingAccountPosition[] = [];
  for (const account of snapshot.accounts) {
    const holdings = accountHoldings(snapshot, account);
    if (!holdings.some((h) => h.borrowed > 0n)) continue;
    const unpriced = holdings.find((h) => (h.borrowed > 0n || h.collateral) && !prices.has(h.reserve.asset));
    if (unpriced) {
      const name = names.get(unpriced.reserve.asset) ?? unpriced.reserve.asset;
      missing.set(name, (missing.get(name) ?? 0) + 1);
      continue;
    }
    const collateral: CollateralHolding[] = [];
    const debt: DebtHolding[] = [];
    for (const h of holdings) {
      const c = h.reserve.configuration;
      const asset = names.get(h.reserve.asset) ?? h.reserve.asset;
      const own = c.emodeCategory === account.emodeCategory ? emodePrice.get(c.emodeCategory) : undefined;
      const price = own ?? prices.get(h.reserve.asset) ?? 0;
      if (h.collateral && h.supplied > 0n)
        collateral.push({
          asset,
          amount: tokens(h.supplied, c.decimals),
          price,
          liquidationThreshold: c.liquidationThresholdBps / 1e4,
          ltv: c.ltvBps / 1e4,
          liquidationBonus: c.liquidationBonusBps / 1e4,
          liquidationProtocolFee: c.liquidationProtocolFeeBps / 1e4,
          emodeCategory: c.emodeCategory,
          debtCeilingUsd: c.debtCeilingCents / 100,
        });
      if (h.borrowed > 0n)
        debt.push({
          asset,
          amount: tokens(h.borrowed, c.decimals),
          price,
          borrowableInIsolation: c.borrowableInIsolation,
        });
    }
    accounts.push({ id: account.address, emodeCategory: account.emodeCategory, collateral, debt });
  }
  const emodeCategories: Record<number, EmodeCategory> = {};
  for (const e of snapshot.emodes)
    emodeCategories[e.id] = {
      label: e.label,
      ltv: e.ltvBps / 1e4,
      liquidationThreshold: e.liquidationThresholdBps / 1e4,
      liquidationBonus: e.liquidationBonusBps / 1e4,
    };
  return {
    accounts,
    emodeCategories,
    findings: [],
    assumptions: [...missing].map(
      ([asset, n]) => `${n} account${n === 1 ? '' : 's'} left out: the oracle gives no price for ${asset}`,
    ),
  };
}
