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
