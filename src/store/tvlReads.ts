import type { Day, Month } from '../core/day.ts';
import type { ChainId } from '../model/chain.ts';
import type { DailyFee } from '../model/fees.ts';
import type {
  DailyPoint,
  ProtocolPeak,
  ProtocolSnapshot,
  TokenBalance,
  TvlPointOn,
  TvlQuery,
  TvlStep,
} from '../model/tvl.ts';

/** One protocol's daily total value (core `tvl` section, all chains), from one dataset. */
export type ProtocolDailyTotal = { protocol: string; dataset: string; day: Day; tvlUsd: number };

/** A protocol's core TVL on one chain at the last stored day of a month (USD). */
export type ProtocolChainMonthEnd = { protocol: string; chain: ChainId; month: Month; tvlUsd: number };

/** A chain's TVL at the end of a month, from one dataset. */
export type ChainMonthEnd = { chain: ChainId; month: Month; tvlUsd: number; dataset: string };

/**
 * The TVL reads of a store: protocol and chain points under DefiLlama's rules, snapshots, peaks, token
 * balances, prices and fees. Figures in USD unless the name says otherwise; days are UTC days.
 */
export interface TvlReads {
  protocolDailyTotals(asOf: Day | null): Promise<ProtocolDailyTotal[]>;
  /** Daily fees, revenue and incentives per protocol (live `ingest defillama --fees`), USD. */
  protocolFeesDaily(): Promise<DailyFee[]>;
  /** Each protocol's borrowed value (DefiLlama's `borrowed` section, all chains) per day, unflagged points. */
  protocolBorrowedDaily(): Promise<ProtocolDailyTotal[]>;
  /** Each protocol's core TVL per chain at each month's last stored day, unflagged points, up to `asOf`. */
  protocolChainMonthEnds(asOf: Day | null): Promise<ProtocolChainMonthEnd[]>;
  chainMonthEnds(asOf: Day | null): Promise<ChainMonthEnd[]>;
  protocolSnapshots(asOf: Day | null): Promise<ProtocolSnapshot[]>;
  /** Every protocol key with daily TVL history. */
  tvlKeys(): Promise<string[]>;
  /**
   * Running totals per (section, class) at each day they change, for the points `query` selects, and
   * the horizon (the last day any protocol in scope reported). See `analytics/tvlDays.ts` for the rule.
   */
  tvlSteps(query: TvlQuery): Promise<{ horizon: Day | null; steps: TvlStep[] }>;
  /** The points that stand for `day` in that figure, and the points rejected on that day. */
  tvlPointsOn(query: TvlQuery, day: Day): Promise<TvlPointOn[]>;
  /** Every protocol key's peak and latest day (core TVL, all chains), in USD, ETH and BTC, up to `asOf`. */
  protocolPeaks(asOf: Day | null): Promise<ProtocolPeak[]>;
  /** Daily token balances (summed over chains, core section) of every protocol whose amounts are stored. */
  tokenBalances(): Promise<TokenBalance[]>;
  /** Daily close of an asset in USD, oldest first. */
  dailyPrices(asset: 'ETH' | 'BTC'): Promise<DailyPoint[]>;
  /** DefiLlama's own published daily total of a chain (all protocols), with the dataset it came from. */
  chainDailyTvl(chain: ChainId): Promise<(DailyPoint & { dataset: string })[]>;
}
