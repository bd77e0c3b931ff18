import type { EmodeCategory } from './aaveEmode.ts';

/** One borrower account in a lending market, with debt and collateral in USD. */
export type LendingAccount = {
  market: string;
  account: string;
  debtUsd: number;
  collateralUsd: number;
  /** Health factor as the source reports it (may omit e-mode thresholds). */
  healthFactor: number;
};

/** A reserve's risk parameters (Aave v3 `ReserveConfiguration`), ratios as fractions (0.83 = 83%). */
export type LendingReserve = {
  market: string;
  asset: string;
  symbol: string;
  liquidationThreshold: number;
  ltv: number;
  /** Liquidation bonus as a multiplier (1.05 = 5% bonus). */
  liquidationBonus: number;
  debtCeilingUsd: number;
  borrowableInIsolation: boolean;
  /** Aave v3 e-mode category id; 0 = none. */
  emodeCategory: number;
  isFrozen: boolean;
  borrowCap: number;
  supplyCap: number;
};

/** A realised volatility measured over a window of days (Aave risk dataset). */
export type AssetVolatility = {
  symbol: string;
  priceUsd: number;
  /** Standard deviation of daily returns, a fraction (0.035 = 3.5% a day). */
  dailyVolatility: number;
  days: number;
  asOf: string;
};

/** One account's position in one asset. */
export type LendingPosition = {
  market: string;
  account: string;
  asset: string;
  symbol: string;
  side: 'debt' | 'collateral';
  /** Token units. */
  amount: number;
  amountUsd: number;
  priceUsd: number;
};

/**
 * A collateral holding of one account (Aave v3 reserve as collateral). Amounts in asset units, prices in
 * USD per unit, thresholds as fractions, the bonus as a multiplier (1.05 = 5%), the protocol fee as a
 * fraction of the bonus.
 */
export type CollateralHolding = {
  asset: string;
  amount: number;
  price: number;
  liquidationThreshold: number;
  /** Loan-to-value for new borrows; defaults to the liquidation threshold when the file omits it. */
  ltv: number;
  liquidationBonus: number;
  liquidationProtocolFee: number;
  /** The asset's e-mode category (0 = none). */
  emodeCategory: number;
  /** Isolation-mode debt ceiling in USD; 0 = not an isolated asset. */
  debtCeilingUsd: number;
};

/** A debt holding: amount in asset units, price in USD per unit. */
export type DebtHolding = {
  asset: string;
  amount: number;
  price: number;
  /** Whether the asset may be borrowed by an account in isolation mode. */
  borrowableInIsolation: boolean;
};

/** One borrower's position in an Aave-style market. */
export type LendingAccountPosition = {
  id: string;
  /** The account's e-mode category (0 = none). */
  emodeCategory: number;
  collateral: CollateralHolding[];
  debt: DebtHolding[];
};

/**
 * A data-quality finding about a book's input, never silently turned into a figure: accounts the source
 * could not place (`missing-debt-position`: left out of the book, shown apart) or accounts whose debt
 * already exceeds their collateral before any price move (`debt-above-collateral`: kept in the book,
 * their shortfall is the no-move baseline that every stress figure is measured from). USD at the book's prices.
 */
export type BookFinding = {
  kind: 'missing-debt-position' | 'debt-above-collateral';
  /** What the figures do with these accounts. */
  treatment: 'left-out' | 'in-baseline';
  accounts: number;
  /** Of them, accounts with no collateral at all. */
  noCollateralAccounts: number;
  debtUsd: number;
  collateralUsd: number;
  /** Σ max(0, debt − collateral) over these accounts (USD). */
  shortfallUsd: number;
  /** Up to five of the accounts, largest debt first. */
  examples: string[];
  message: string;
};

/** A book of positions with the e-mode categories they refer to, and the assumptions behind it. */
export type PositionBook = {
  accounts: LendingAccountPosition[];
  emodeCategories: Readonly<Record<number, EmodeCategory>>;
  /** What the source did not say and was assumed (empty for a complete file). */
  assumptions: string[];
  /** What the source got wrong or left out, found while building the book (empty for a clean file). */
  findings: BookFinding[];
};

/** Aave v3 liquidation rules: v3.0's per-reserve close factor or v3.3's position-wide one. */
export type AaveVersion = '3.0' | '3.3';

/** How a stale oracle behaves: Aave's feed keeps the old price; ZeroLend's Pyth adapter freezes the account. */
export type StaleOracleBehaviour = 'accepted' | 'frozen';

/** A constant-product pool an asset's seized collateral is sold into, sized in USD per side. */
export type LiquidityPool = { depthUsd: number; fee: number };

/** A stress scenario as data (README, "Lending scenarios"); moves are fractions (−0.4 = −40%). */
export type LendingScenario = {
  name: string;
  /** Relative price move per asset. */
  shocks: Readonly<Record<string, number>>;
  /** Assets that move with another one, scaled by beta (an LST follows ETH with beta 1). */
  follows: Readonly<Record<string, { asset: string; beta: number }>>;
  /** A further fall of the asset against what it tracks (0.05 = 5% below): a broken correlation. */
  depegs: Readonly<Record<string, number>>;
  /** Assets whose oracle stops updating, and what the market does with a stale price. */
  staleOracle: { assets: string[]; behaviour: StaleOracleBehaviour } | null;
  /**
   * An L2 sequencer outage (Aave `PriceOracleSentinel`): while it is `down`, and in the `grace` period
   * after it comes back, the pool lets through only liquidations of accounts with HF < 0.95
   * (ValidationLogic.validateLiquidationCall, v3.0 to v3.6).
   */
  sequencer: 'down' | 'grace' | null;
  /** Pools the liquidators sell into; an asset with none is sold at the oracle price with no impact. */
  pools: Readonly<Record<string, LiquidityPool>>;
  /** DEX liquidity multiplier applied to every pool (0.1 = cut to a tenth). */
  liquidityFactor: number;
  /** False for a chain where no liquidator operates. */
  liquidators: boolean;
};
