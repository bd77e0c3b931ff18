// src/risk/lending/liquidationCascade.ts
import { accountHealth } from "./accountHealth.js";
import { bookAssets } from "./bookAssets.js";
import { CLOSE_FACTOR_HF_THRESHOLD, liquidate } from "./liquidation.js";
import { scenarioPrices } from "./scenarioPrices.js";
import { sellInto } from "./slippage.js";
function reprice(account, multiplier) {
  return {
    ...account,
    collateral: account.collateral.map((c) => ({ ...c, price: c.price * (multiplier.get(c.asset) ?? 1) })),
    debt: account.debt.map((d) => ({ ...d, price: d.price * (multiplier.get(d.asset) ?? 1) }))
  };
}
function shortfall(account, categories, m) {
  const h = accountHealth(reprice(account, m), categories);
  return Math.max(0, h.debtUsd - h.collateralUsd);
}
function runStress(book, scenario, version, maxRounds = 1e3) {
  const categories = book.emodeCategories;
  const basePrice = /* @__PURE__ */ new Map();
  for (const a of book.accounts)
    for (const h of [...a.collateral, ...a.debt])
      if (!basePrice.has(h.asset)) basePrice.set(h.asset, h.price);
  const assets = bookAssets(book);
  const start = scenarioPrices(scenario, assets);
  const stale = new Set(scenario.staleOracle?.assets ?? []);
  const frozenByOracle = scenario.staleOracle?.behaviour === "frozen";
  const pools = /* @__PURE__ */ new Map();
  for (const [asset, p] of Object.entries(scenario.pools)) {
    const price = (basePrice.get(asset) ?? 0) * (start.market.get(asset) ?? 1);
    const depth = p.depthUsd * scenario.liquidityFactor;
    if (price > 0 && depth > 0)
      pools.set(asset, { reserve: depth / price, quote: depth, fee: p.fee, startPrice: price });
  }
  const market = new Map(start.market);
  const oracle = new Map(start.oracle);
  const refreshPrices = () => {
    for (const [asset, pool] of pools) {
      const m = (start.market.get(asset) ?? 1) * (pool.quote / pool.reserve / pool.startPrice);
      market.set(asset, m);
      if (!stale.has(asset)) oracle.set(asset, m);
    }
  };
  const state = [...book.accounts];
  const perAsset = new Map(assets.map((asset) => [asset, { amount: 0, usd: 0, repaid: 0, bad: 0 }]));
  let liquidatableDebtUsd = 0;
  let liquidatableAccounts = 0;
  let insolvencyUsd = 0;
  for (const a of state) {
    const h = accountHealth(reprice(a, oracle), categories);
    if (h.healthFactor < 1) {
      liquidatableDebtUsd += h.debtUsd;
      liquidatableAccounts++;
    }
    insolvencyUsd += shortfall(a, categories, market);
  }
  const blockedBy = (a, hf) => {
    if (frozenByOracle && [...a.collateral, ...a.debt].some((h) => h.amount > 0 && stale.has(h.asset)))
      return "staleOracle";
    if (scenario.sequencer === "down" || scenario.sequencer === "grace" && hf >= CLOSE_FACTOR_HF_THRESHOLD)
      return "sequencer";
    if (!scenario.liquidators) return "noLiquidators";
    return null;
  };
  let liquidations = 0;
  let rounds = 0;
  let liquidatedCollateralUsd = 0;
  const unprofitable = /* @__PURE__ */ new Set();
  for (let round = 0; round < maxRounds; round++) {
    let acted = false;
    unprofitable.clear();
    state.forEach((account, i) => {
      const priced = reprice(account, oracle);
      const h = accountHealth(priced, categories);
      if (!(h.healthFactor < 1) || blockedBy(account, h.healthFactor)) return;
      const liq = liquidate(priced, categories, { version });
      if (!liq) return;
      const coll = priced.collateral.find((c2) => c2.asset === liq.collateralAsset);
      const debt = priced.debt.find((d2) => d2.asset === liq.debtAsset);
      if (!coll || !debt) return;
      const cost = liq.debtToCover * debt.price;
      const pool = pools.get(liq.collateralAsset);
      let scale = 1;
      if (pool) {
        const r = liq.liquidatorReceives;
        const s = (pool.quote * (1 - pool.fee) * r / cost - pool.reserve) / ((1 - pool.fee) * r);
        scale = Math.min(1, s);
      }
      if (!(scale > 1e-9)) {
        unprofitable.add(i);
        return;
      }
      const seized = liq.collateralSeized * scale;
      const cover = liq.debtToCover * scale;
      state[i] = {
        ...account,
        collateral: account.collateral.map(
          (c2) => c2.asset === liq.collateralAsset ? { ...c2, amount: Math.max(0, c2.amount - seized) } : c2
        ),
        debt: account.debt.map(
          (d2) => d2.asset === liq.debtAsset ? { ...d2, amount: Math.max(0, d2.amount - cover) } : d2
        )
      };
      if (pool) Object.assign(pool, sellInto(pool, liq.liquidatorReceives * scale));
      const c = perAsset.get(liq.collateralAsset);
      const d = perAsset.get(liq.debtAsset);
      if (c) {
        c.amount += seized;
        c.usd += seized * coll.price;
      }
      if (d) d.repaid += cover * debt.price;
      liquidatedCollateralUsd += seized * coll.price;
      liquidations++;
      acted = true;
    });
    if (!acted) break;
    rounds++;
    refreshPrices();
  }
  const blockedDebtUsd = { staleOracle: 0, sequencer: 0, noLiquidators: 0, unprofitable: 0 };
  let badDebtUsd = 0;
  let insolventAccounts = 0;
  state.forEach((account, i) => {
    const h = accountHealth(reprice(account, oracle), categories);
    if (h.healthFactor < 1) {
      const reason = blockedBy(account, h.healthFactor) ?? (unprofitable.has(i) ? "unprofitable" : null);
      if (reason) blockedDebtUsd[reason] += h.debtUsd;
    }
    const atMarket = accountHealth(reprice(account, market), categories);
    const gap = atMarket.debtUsd - atMarket.collateralUsd;
    if (gap > 0 && atMarket.debtUsd > 0) {
      insolventAccounts++;
      badDebtUsd += gap;
      for (const d of account.debt) {
        const share = d.amount * d.price * (market.get(d.asset) ?? 1) / atMarket.debtUsd;
        const entry = perAsset.get(d.asset);
        if (entry) entry.bad += gap * share;
      }
    }
  });
  return {
    scenario: scenario.name,
    version,
    liquidatableDebtUsd,
    liquidatableAccounts,
    insolvencyUsd,
    insolventAccounts,
    liquidatedCollateralUsd,
    badDebtUsd,
    liquidations,
    rounds,
    blockedDebtUsd,
    perAsset: assets.map((asset) => {
      const e = perAsset.get(asset) ?? { amount: 0, usd: 0, repaid: 0, bad: 0 };
      const m = market.get(asset) ?? 1;
      return {
        asset,
        priceChange: m - 1,
        liquidationImpact: m / (start.market.get(asset) || 1) - 1,
        oraclePriceChange: (oracle.get(asset) ?? 1) - 1,
        liquidatedAmount: e.amount,
        liquidatedCollateralUsd: e.usd,
        debtRepaidUsd: e.repaid,
        badDebtUsd: e.bad
      };
    })
  };
}
export {
  reprice,
  runStress
};
