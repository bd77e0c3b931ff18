import type { Day } from '../core/day.ts';
import type { EvmAddress, MarketSnapshot, TouchedAccounts } from '../model/chainMarket.ts';

/**
 * How far the account scan of a market has got: the accounts (and reserves) found in
 * `[fromBlock, scannedTo]`, and the last block range end each account was seen in.
 */
export type MarketScan = {
  market: string;
  provider: EvmAddress;
  pool: EvmAddress;
  fromBlock: number;
  scannedTo: number;
  touched: TouchedAccounts;
  lastSeen: Map<EvmAddress, number>;
};

/** One stored market snapshot, listed. */
export type MarketSnapshotInfo = {
  market: string;
  chainId: number;
  block: number;
  day: Day;
  reserves: number;
  accounts: number;
};

/**
 * Chain-read lending markets in the store: dated snapshots (reserves, prices with their age, e-modes,
 * accounts, positions), each written whole in one transaction, and the resumable account scan.
 */
export interface MarketStore {
  /** Where the account scan of `market` stands; null before the first range is saved. */
  marketScan(market: string): Promise<MarketScan | null>;
  /**
   * Records a scanned block range: its accounts and reserves join the scan's and `scannedTo` moves on,
   * in one transaction (a read killed after it resumes from the next block).
   */
  saveMarketScan(scan: Omit<MarketScan, 'touched' | 'lastSeen'>, touched: TouchedAccounts): Promise<void>;
  /** Writes a snapshot whole, replacing one stored for the same market and block, in one transaction. */
  writeMarketSnapshot(snapshot: MarketSnapshot): Promise<void>;
  /** The newest snapshot of `market` at or before `block` (default: the newest); null when none. */
  marketSnapshot(market: string, block?: number): Promise<MarketSnapshot | null>;
  /** Every stored snapshot, newest first within each market. */
  marketSnapshots(): Promise<MarketSnapshotInfo[]>;
}
