import type { EmodeCategory } from '../../model/aaveEmode.ts';
import type {
  AaveVersion,
  LendingAccountPosition,
  LendingScenario,
  PositionBook,
} from '../../model/lending.ts';
import { accountHealth } from './accountHealth.ts';
import { bookAssets } from './bookAssets.ts';
import { CLOSE_FACTOR_HF_THRESHOLD, liquidate } from './liquidation.ts';
import { scenarioPrices } from './scenarioPrices.ts';
import { sellInto } from './slippage.ts';

/** One asset's part in a stress run; USD at the prices of the moment each thing happened. */
export type AssetStress = {
  asset: string;
  /** Market price move after the shock and the liquidations' own selling (−0.45 = −45%). */
  priceChange: number;
  /** The part of the move caused by liquidators selling into the pool. */
  liquidationImpact: number;
  oraclePriceChange: number;
  liquidatedAmount: number;
  liquidatedCollateralUsd: number;
  debtRepaidUsd: number;
  badDebtUsd: number;
};

/** Debt still liquidatable at the end, by why nobody liquidated it (USD). */
export type BlockedDebt = {
  staleOracle: number;
  sequencer: number;
  noLiquidators: number;
  unprofitable: number;
};

export type StressResult = {
  scenario: string;
  version: AaveVersion;
  /** Debt of accounts with HF < 1 at the oracle prices right after the shock (USD). */
  liquidatableDebtUsd: number;
  liquidatableAccounts: number;
  /** Σ max(0, debt − collateral) at market prices right after the shock (Gauntlet's insolvency, USD). */
  insolvencyUsd: number;
  /** Accounts whose debt exceeds their collateral once the cascade is over. */
  insolventAccounts: number;
  liquidatedCollateralUsd: number;
  /** Σ max(0, debt − collateral) at market prices once the cascade is over (USD). */
  badDebtUsd: number;
  liquidations: number;
  /** Rounds of liquidations until prices stopped moving. */
  rounds: number;
  blockedDebtUsd: BlockedDebt;
  perAsset: AssetStress[];
};

type Pool = { reserve: number; quote: number; fee: number; startPrice: number };

/** The account with every holding's price scaled by its asset's multiplier. */
export function reprice(
  account: LendingAccountPosition,
  multiplier: ReadonlyMap<string, number>,
): LendingAccountPosition {
  return {
    ...account,
    collateral: account.collateral.map((c) => ({ ...c, price: c.price * (multiplier.get(c.asset) ?? 1) })),
    debt: account.debt.map((d) => ({ ...d, price: d.price * (multiplier.get(d.asset) ?? 1) })),
  };
}

/** The shortfall max(0, debt − collateral) of an account at the given multipliers (USD). */
function shortfall(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  m: ReadonlyMap<string, number>,
) {
  const h = accountHealth(reprice(account, m), categories);
  return Math.max(0, h.debtUsd - h.collateralUsd);
}

/**
 * Runs a scenario on a book (MODELS §7): prices move, liquidators repay what Aave v3 lets them and sell
 * the seized collateral into the scenario's constant-product pools, the pools' prices feed back into the
 * oracle (unless it is stale) and health factors, round after round until no liquidation happens. A
 * liquidator only takes the largest size that is still profitable after slippage. A stale oracle either
 * keeps the pre-shock price (`accepted`) or freezes the accounts that hold the asset (`frozen`).
 */
export function runStress(
  book: PositionBook,
  scenario: LendingScenario,
  version: AaveVersion,
  maxRounds = 1000,
): StressResult {
  const categories = book.emodeCategories;
  const basePrice = new Map<string, number>();
  for (const a of book.accounts)
    for (const h of [...a.collateral, ...a.debt])
      if (!basePrice.has(h.asset)) basePrice.set(h.asset, h.price);
  const assets = bookAssets(book);
  const start = scenarioPrices(scenario, assets);
  const stale = new Set(scenario.staleOracle?.assets ?? []);
  const frozenByOracle = scenario.staleOracle?.behaviour === 'frozen';
  const pools = new Map<string, Pool>();
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

  const blockedBy = (a: LendingAccountPosition, hf: number): keyof BlockedDebt | null => {
    if (frozenByOracle && [...a.collateral, ...a.debt].some((h) => h.amount > 0 && stale.has(h.asset)))
      return 'staleOracle';
    // The sentinel blocks a liquidation only while HF ≥ 0.95, down or in grace alike (aave-v3-core
    // ValidationLogic.validateLiquidationCall: `healthFactor < MINIMUM_HEALTH_FACTOR_LIQUIDATION_THRESHOLD ||
    // isLiquidationAllowed()`; the same through aave-v3-origin v3.6).
    if (scenario.sequencer !== null && hf >= CLOSE_FACTOR_HF_THRESHOLD) return 'sequencer';
    if (!scenario.liquidators) return 'noLiquidators';
    return null;
  };

  let liquidations = 0;
  let rounds = 0;
  let liquidatedCollateralUsd = 0;
  const unprofitable = new Set<number>();
  for (let round = 0; round < maxRounds; round++) {
    let acted = false;
    unprofitable.clear();
    state.forEach((account, i) => {
      const priced = reprice(account, oracle);
      const h = accountHealth(priced, categories);
      if (!(h.healthFactor < 1) || blockedBy(account, h.healthFactor)) return;
      const liq = liquidate(priced, categories, { version });
      if (!liq) return;
      const coll = priced.collateral.find((c) => c.asset === liq.collateralAsset);
      const debt = priced.debt.find((d) => d.asset === liq.debtAsset);
      if (!coll || !debt) return;
      const cost = liq.debtToCover * debt.price;
      const pool = pools.get(liq.collateralAsset);
      let scale = 1;
      if (pool) {
        const r = liq.liquidatorReceives;
        const s = ((pool.quote * (1 - pool.fee) * r) / cost - pool.reserve) / ((1 - pool.fee) * r);
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
        collateral: account.collateral.map((c) =>
          c.asset === liq.collateralAsset ? { ...c, amount: Math.max(0, c.amount - seized) } : c,
        ),
        debt: account.debt.map((d) =>
          d.asset === liq.debtAsset ? { ...d, amount: Math.max(0, d.amount - cover) } : d,
        ),
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

  const blockedDebtUsd: BlockedDebt = { staleOracle: 0, sequencer: 0, noLiquidators: 0, unprofitable: 0 };
  let badDebtUsd = 0;
  let insolventAccounts = 0;
  state.forEach((account, i) => {
    const h = accountHealth(reprice(account, oracle), categories);
    if (h.healthFactor < 1) {
      const reason = blockedBy(account, h.healthFactor) ?? (unprofitable.has(i) ? 'unprofitable' : null);
      if (reason) blockedDebtUsd[reason] += h.debtUsd;
    }
    const atMarket = accountHealth(reprice(account, market), categories);
    const gap = atMarket.debtUsd - atMarket.collateralUsd;
    if (gap > 0 && atMarket.debtUsd > 0) {
      insolventAccounts++;
      badDebtUsd += gap;
      for (const d of account.debt) {
        const share = (d.amount * d.price * (market.get(d.asset) ?? 1)) / atMarket.debtUsd;
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
        badDebtUsd: e.bad,
      };
    }),
  };
}
