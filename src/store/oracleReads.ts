import type { Day } from '../core/day.ts';
import type { OracleFinding } from '../risk/oracle/oracleFindings.ts';

/** A dated finding stored with a rounds history: the dataset that raised it and its file. */
export type StoredOracleFinding = OracleFinding & { dataset: string; file: string };

/**
 * A reserve's feed that a stored market snapshot read past its heartbeat (the read's own `stale`
 * verdict, which allows no grace): market, block and day of the read, the reserve, the feed's round,
 * when it was updated and when read (unix seconds).
 */
export type MarketFeedRead = {
  market: string;
  block: number;
  day: Day;
  asset: string;
  symbol: string | null;
  feed: string;
  pair: string;
  roundId: string | null;
  updatedAt: number;
  readAt: number;
  heartbeatSeconds: number | null;
};

/**
 * One feed on one day as the store observed it: in a rounds history (`rounds`: its stored stale
 * findings that day, the longest gap and its round) or in a market snapshot (`market`: the oldest price
 * read that day from it, its age in `gapSeconds`, judged by the caller).
 */
export type OracleFeedDay = {
  origin: 'rounds' | 'market';
  /** The rounds dataset, or null for a market read. */
  dataset: string | null;
  /** The market of a snapshot, or null for a rounds history. */
  market: string | null;
  /** The feed (aggregator proxy) address, lower case. */
  feed: string;
  pair: string;
  day: Day;
  /** Rounds: the stored `stale-oracle` findings that day; market: null. */
  staleFindings: number | null;
  /** Rounds: the longest stale gap that day (null when none); market: the oldest read's age (seconds). */
  gapSeconds: number | null;
  roundId: string | null;
  heartbeatSeconds: number | null;
};

/** What the store knows of oracle feeds: the rounds histories' findings and the market snapshots' reads. */
export interface OracleReads {
  /** Every finding stored with the rounds histories, by day. */
  oracleFindings(): Promise<StoredOracleFinding[]>;
  /** Every feed read a stored market snapshot flagged stale, by day. */
  marketStaleReads(): Promise<MarketFeedRead[]>;
  /** Every observed feed-day of the rounds histories and the market snapshots, aggregated in one query. */
  oracleFeedDays(): Promise<OracleFeedDay[]>;
}
