import { TOKEN_PEGS } from '../model/tokenPegs.ts';
import type { DailyPoint } from '../model/tvl.ts';
import type { TokenPrice } from './inflows.ts';

/**
 * Token prices from pegs: a dollar stablecoin is $1, an ETH- or BTC-pegged token is that day's ETH or
 * BTC close; any other token, or a day without a close, has no price (null, never 0).
 * @example pegPrice(ethCloses, btcCloses)('stETH', '2025-01-02')
 */
export function pegPrice(eth: readonly DailyPoint[], btc: readonly DailyPoint[]): TokenPrice {
  const closes = {
    ETH: new Map(eth.map((p) => [p.day, p.value])),
    BTC: new Map(btc.map((p) => [p.day, p.value])),
  };
  return (token, day) => {
    const peg = TOKEN_PEGS[token.toUpperCase()];
    if (peg === undefined) return null;
    return peg === 'USD' ? 1 : (closes[peg].get(day) ?? null);
  };
}
