import { TOKEN_PEGS } from '../../model/tokenPegs.ts';

/**
 * Which assets move with a shocked one because they track the same peg (an LST with WETH, cbBTC with
 * WBTC), beta 1, for every asset not shocked itself. A shock on ETH or WETH leads the ETH peg.
 */
export function pegFollows(
  assets: Iterable<string>,
  shocks: Readonly<Record<string, number>>,
): Record<string, { asset: string; beta: number }> {
  const leader = new Map<string, string>();
  for (const asset of Object.keys(shocks)) {
    const peg = TOKEN_PEGS[asset.toUpperCase()];
    if (peg && peg !== 'USD' && !leader.has(peg)) leader.set(peg, asset);
  }
  const follows: Record<string, { asset: string; beta: number }> = {};
  for (const asset of assets) {
    const peg = TOKEN_PEGS[asset.toUpperCase()];
    const lead = peg ? leader.get(peg) : undefined;
    if (lead && !(asset in shocks)) follows[asset] = { asset: lead, beta: 1 };
  }
  return follows;
}
