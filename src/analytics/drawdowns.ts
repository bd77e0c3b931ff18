import type { Day } from '../core/day.ts';
import type { TokenBalance } from '../model/tvl.ts';
import type { Denomination } from './denominate.ts';
import { type DrawdownRow, drawdownTable } from './drawdownTable.ts';
import { splitFlows } from './inflows.ts';
import { pegPrice } from './pegPrice.ts';
import type { TvlContext } from './tvlContext.ts';

export type DrawdownRequest = { unit: Denomination; minPeakUsd: number; asOf: Day | null };

/**
 * The drawdown table from the store: peaks and latest values in one pass, and for protocols whose
 * token amounts are stored, the fall from peak split into inflows and price effect.
 */
export async function drawdowns(ctx: TvlContext, request: DrawdownRequest): Promise<DrawdownRow[]> {
  const [peaks, balances, eth, btc] = await Promise.all([
    ctx.store.protocolPeaks(request.asOf),
    ctx.store.tokenBalances(),
    ctx.store.dailyPrices('ETH'),
    ctx.store.dailyPrices('BTC'),
  ]);
  const price = pegPrice(eth, btc);
  const byProtocol = new Map<string, TokenBalance[]>();
  for (const b of balances) {
    if (request.asOf !== null && b.day > request.asOf) continue;
    const own = byProtocol.get(b.protocol) ?? [];
    own.push(b);
    byProtocol.set(b.protocol, own);
  }
  return drawdownTable(ctx, peaks, request.unit, request.minPeakUsd, (key, peak) => {
    const own = byProtocol.get(key);
    return own ? splitFlows(own, price, peak.peakUsdDay, peak.latestDay, 1.5 * peak.peakUsd) : null;
  });
}
