import { appendTo } from '../../core/appendTo.ts';
import type { FeedDay } from './oracleStaleness.ts';

/** A feed-day as observed: from a rounds history (a dataset of one oracle network on one chain), or from a market read. */
export type ObservedFeedDay = FeedDay & { origin: 'rounds' | 'market'; market: string | null };

/** Who relies on which observed feed. */
export type OracleUsers = {
  /**
   * Protocols relying on the feeds of the rounds histories: the oracle network on that chain, as a
   * protocol list names it (DefiLlama's `oracles` and `chains`); it says which network, not which feed,
   * so every feed of the history counts for them.
   */
  roundsUsers: ReadonlySet<string>;
  /** A chain snapshot's market → the protocols it belongs to (itself and its parent; markets stored under a known protocol's name). */
  marketProtocols: ReadonlyMap<string, readonly string[]>;
};

/**
 * The feed-days each protocol relies on: a market read's feeds for the market's protocol; a rounds
 * history's feeds for the protocols that name its network on its chain, and for any protocol whose
 * market reads that very feed as a reserve's price source.
 * @example feedDaysByProtocol(days, { roundsUsers: new Set(['aave-v3']), marketProtocols: new Map() }).get('aave-v3')
 */
export function feedDaysByProtocol(
  days: readonly ObservedFeedDay[],
  users: OracleUsers,
): Map<string, FeedDay[]> {
  const marketFeeds = new Map<string, Set<string>>();
  const protocolsOf = (market: string | null) =>
    market === null ? [] : (users.marketProtocols.get(market) ?? []);
  for (const d of days) {
    if (d.origin !== 'market') continue;
    for (const protocol of protocolsOf(d.market)) {
      const feeds = marketFeeds.get(protocol) ?? new Set<string>();
      feeds.add(d.feed);
      marketFeeds.set(protocol, feeds);
    }
  }
  const out = new Map<string, FeedDay[]>();
  for (const { origin, market, ...day } of days) {
    if (origin === 'market') {
      for (const protocol of protocolsOf(market)) appendTo(out, protocol, day);
      continue;
    }
    for (const protocol of users.roundsUsers) appendTo(out, protocol, day);
    for (const [protocol, feeds] of marketFeeds)
      if (feeds.has(day.feed) && !users.roundsUsers.has(protocol)) appendTo(out, protocol, day);
  }
  return out;
}
