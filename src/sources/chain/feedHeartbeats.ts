/**
 * Heartbeats (seconds) of Chainlink feeds on Ethereum, by feed address in lower case: the longest a
 * healthy feed goes without an update. Only the feeds whose heartbeat the real data documents
 * (`shared/data/oracles/chainlink`, README: ETH/USD and BTC/USD 1 hour, stETH/ETH 24 hours); give any
 * other feed's heartbeat per read (`heartbeats`), or it is reported with no staleness verdict.
 */
export const KNOWN_FEED_HEARTBEATS: Readonly<Record<string, number>> = {
  // ETH / USD
  '0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419': 3600,
  // BTC / USD
  '0xf4030086522a5beea4988f8ca5b36dbc97bee88c': 3600,
  // stETH / ETH
  '0x86392dc19c0b719886221c78ab11eb8cf5c52812': 86_400,
};

/** The heartbeat of a feed: the one given for it, else the known table's, else null (unknown). */
export function feedHeartbeat(feed: string, given: Readonly<Record<string, number>> = {}): number | null {
  const key = feed.toLowerCase();
  for (const [address, seconds] of Object.entries(given)) if (address.toLowerCase() === key) return seconds;
  return KNOWN_FEED_HEARTBEATS[key] ?? null;
}
