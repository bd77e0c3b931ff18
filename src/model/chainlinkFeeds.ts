/**
 * A Chainlink feed's update rules: the heartbeat (the longest it goes without an update) and the
 * deviation threshold (the move, as a fraction, that triggers an update before the heartbeat).
 */
export type FeedRules = {
  pair: string;
  /** Seconds; null when not documented. */
  heartbeatSeconds: number | null;
  /** Fraction (0.005 = 0.5%); null when not documented. */
  deviation: number | null;
};

/**
 * The Chainlink feeds on Ethereum whose rounds `shared/data/oracles/chainlink` holds, by aggregator proxy
 * address (lower case). Heartbeats as the data README documents them (ETH/USD and BTC/USD 1 hour,
 * stETH/ETH 24 hours; ETH/BTC's is not documented); deviation thresholds 0.5% as Chainlink's data-feeds
 * pages list them, which the files bear out (the median move of an update that came before the
 * heartbeat is 0.50% on each).
 */
export const CHAINLINK_FEEDS: Readonly<Record<string, FeedRules>> = {
  '0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419': {
    pair: 'ETH / USD',
    heartbeatSeconds: 3600,
    deviation: 0.005,
  },
  '0xf4030086522a5beea4988f8ca5b36dbc97bee88c': {
    pair: 'BTC / USD',
    heartbeatSeconds: 3600,
    deviation: 0.005,
  },
  '0x86392dc19c0b719886221c78ab11eb8cf5c52812': {
    pair: 'stETH / ETH',
    heartbeatSeconds: 86_400,
    deviation: 0.005,
  },
  '0xac559f25b1619171cbc396a50854a3240b6a4e99': {
    pair: 'ETH / BTC',
    heartbeatSeconds: null,
    deviation: 0.005,
  },
};
