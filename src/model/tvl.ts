import type { Day } from '../core/day.ts';
import type { ChainId } from './chain.ts';
import type { Section } from './normaliseChain.ts';
import type { ProtocolSlug } from './protocol.ts';

/** One protocol's value on one chain, one section, one UTC day, in USD. */
export type ProtocolChainTvl = {
  protocol: ProtocolSlug;
  chain: ChainId;
  section: Section;
  day: Day;
  tvlUsd: number;
};

/** A chain's total TVL on one UTC day, in USD (DefiLlama `/v2/historicalChainTvl`). */
export type ChainTvl = { chain: ChainId; day: Day; tvlUsd: number };

/** A daily series of one figure, oldest first; values in the unit the caller names. */
export type DailyPoint = { day: Day; value: number };

/** One token held by a protocol on a chain: `amount` in token units and/or its USD value. */
export type TokenTvl = {
  protocol: ProtocolSlug;
  chain: ChainId;
  day: Day;
  token: string;
  amount: number | null;
  usd: number | null;
};

/** A protocol's value in one snapshot of DefiLlama's protocol list (null TVL: DefiLlama lists none). */
export type ProtocolSnapshot = {
  day: Day;
  slug: ProtocolSlug;
  name: string;
  category: string | null;
  tvlUsd: number | null;
  chains: string[];
  oracles: string[];
  /**
   * The protocol's adapter sets `doublecounted: true` (DefiLlama's chain totals then leave it out);
   * null when no source says (the category rule still applies). See `model/tvlMethodology.ts`.
   */
  doublecounted: boolean | null;
  /** Where the flag comes from: DefiLlama `/protocols`, or the adapter line of the registry list. */
  doublecountedSource: string | null;
};

/** How a protocol's stored points enter a TVL figure (see `model/tvlMethodology.ts` for `cls`). */
export type TvlQuery = {
  /** Chains summed (null = every chain, and protocol-wide totals where a protocol has no chain rows). */
  chains: readonly ChainId[] | null;
  /** Protocol keys summed (null = all). */
  protocols: readonly string[] | null;
  /** Protocol keys left out (say, products whose parent's history already holds them). */
  exclude?: readonly string[];
  /** Last day seen (null = all history): later points are unseen, no look-ahead. */
  to: Day | null;
  /** Class bits per protocol key; absent keys are class 0. */
  classes: ReadonlyMap<string, number>;
  /** Count points flagged by the quality rules too (default: they are kept out). */
  includeFlagged?: boolean;
};

/** A running total of one (section, class) cell that holds from `day` until its next step (USD). */
export type TvlStep = { day: Day; section: Section; cls: number; usd: number };

/** A stored point and the day it stands for in a figure, or a rejected point on that day. */
export type TvlPointOn = {
  protocol: string;
  chain: ChainId;
  section: Section;
  /** The day the point was recorded (earlier or later than the day asked for when it fills a gap). */
  pointDay: Day;
  usd: number;
  /** Set when DefiLlama's sanity rules reject the point: it does not count. */
  flag: string | null;
};

/** A protocol key's peak and latest day of its own daily TVL (core section, all chains), in USD, ETH and BTC. */
export type ProtocolPeak = {
  protocol: string;
  firstDay: Day;
  latestDay: Day;
  latestUsd: number;
  peakUsd: number;
  peakUsdDay: Day;
  /** Value in ETH / BTC at each day's close; null when no day had a price. */
  latestEth: number | null;
  peakEth: number | null;
  peakEthDay: Day | null;
  latestBtc: number | null;
  peakBtc: number | null;
  peakBtcDay: Day | null;
  /** Share of the protocol's value (summed over days) on Bitcoin and Bitcoin layers: its native unit is BTC above ½. */
  btcSideShare: number;
};

/** A protocol's token balance on one day, summed over chains (token units). */
export type TokenBalance = { protocol: string; day: Day; token: string; amount: number };
