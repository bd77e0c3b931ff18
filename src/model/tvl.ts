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
};
