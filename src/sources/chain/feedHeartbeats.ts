import { CHAINLINK_FEEDS } from '../../model/chainlinkFeeds.ts';

/**
 * The heartbeat of a feed (seconds): the one given for it, else the known feeds' table
 * (`CHAINLINK_FEEDS`), else null (unknown: the feed's age is reported with no staleness verdict).
 */
export function feedHeartbeat(feed: string, given: Readonly<Record<string, number>> = {}): number | null {
  const key = feed.toLowerCase();
  for (const [address, seconds] of Object.entries(given)) if (address.toLowerCase() === key) return seconds;
  return CHAINLINK_FEEDS[key]?.heartbeatSeconds ?? null;
}
