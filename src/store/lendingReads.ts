import type { AssetVolatility, LendingAccount, LendingPosition, LendingReserve } from '../model/lending.ts';

/** The lending reads of a store: a market's accounts, their largest debt positions and reserves, volatilities. */
export interface LendingReads {
  lendingAccounts(market: string): Promise<LendingAccount[]>;
  /** Each account's largest debt position's reserve, keyed by account. */
  lendingDebtReserves(market: string): Promise<Map<string, LendingReserve>>;
  /** Each account's largest debt position (token amount and price), keyed by account. */
  lendingDebtPositions(market: string): Promise<Map<string, LendingPosition>>;
  /** Realised daily volatilities per asset symbol. */
  assetVolatilities(): Promise<AssetVolatility[]>;
}
