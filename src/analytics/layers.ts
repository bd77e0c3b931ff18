import { type Day, lastDayOfMonth, type Month } from '../core/day.ts';
import { btcSupplyOn } from '../model/bitcoinSupply.ts';
import type { BtcLayerProfile } from '../model/btc-layer.ts';
import type { BtcStakingRow } from '../store/store.ts';
import { BTC_WRAPPERS } from './btcStakingConcentration.ts';
import { type L2ShareMonth, l2ShareByMonth } from './l2Share.ts';
import type { TvlContext } from './tvlContext.ts';

/** Bitcoin-side value in one month: BTC staked or restaked (each BTC once) and its share of all BTC. */
export type BitcoinMonth = {
  month: Month;
  byProduct: Record<string, number>;
  stakedBtc: number;
  circulatingBtc: number;
  /** Bitcoin penetration (MODELS §2): BTC locked / circulating BTC. */
  penetration: number;
};

/** Bitcoin layers as bitcoinlayers.org counts them on its review date. */
export type BitcoinLayersSnapshot = {
  asOf: Day;
  layers: number;
  btcLocked: number;
  circulatingBtc: number;
  penetration: number;
  largest: { name: string; btc: number }[];
};

/** Ethereum L1 vs its L2s by month, from `from` to `to` (months). */
export async function ethereumLayers(
  ctx: TvlContext,
  from: Day | null,
  to: Day | null,
): Promise<L2ShareMonth[]> {
  return l2ShareByMonth(await ctx.store.chainMonthEnds(to)).filter(
    (m) => from === null || m.month >= from.slice(0, 7),
  );
}

/** Bitcoin-side value by month in BTC and as a share of circulating BTC, and the layers' latest review. */
export async function bitcoinLayers(
  ctx: TvlContext,
  from: Day | null,
  to: Day | null,
): Promise<{ months: BitcoinMonth[]; layers: BitcoinLayersSnapshot | null }> {
  const months = bitcoinMonths(await ctx.store.btcStakingMonthly(to)).filter(
    (m) => from === null || m.month >= from.slice(0, 7),
  );
  const profiles = await ctx.store.btcLayerProfiles();
  const asOf = (
    await ctx.store.coverage('bitcoinlayers/layers', [{ table: 'btc_layer_profiles', dayColumn: 'as_of' }])
  ).lastDay;
  return {
    months,
    layers: asOf !== null && (to === null || asOf <= to) ? layersSnapshot(profiles, asOf) : null,
  };
}

/** Month-end BTC per product, wrappers left out so no BTC is counted twice. */
export function bitcoinMonths(rows: readonly BtcStakingRow[]): BitcoinMonth[] {
  const byMonth = new Map<Month, Record<string, number>>();
  for (const r of rows) {
    if (BTC_WRAPPERS.has(r.protocol)) continue;
    const products = byMonth.get(r.month) ?? {};
    products[r.protocol] = (products[r.protocol] ?? 0) + r.tvlBtc;
    byMonth.set(r.month, products);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const byProduct = byMonth.get(month) as Record<string, number>;
    const stakedBtc = Object.values(byProduct).reduce((a, b) => a + b, 0);
    const circulatingBtc = btcSupplyOn(lastDayOfMonth(month));
    return { month, byProduct, stakedBtc, circulatingBtc, penetration: stakedBtc / circulatingBtc };
  });
}

function layersSnapshot(profiles: readonly BtcLayerProfile[], asOf: Day): BitcoinLayersSnapshot {
  const locked = profiles.filter((p) => p.btcLocked !== null && p.btcLocked > 0);
  const btcLocked = locked.reduce((sum, p) => sum + (p.btcLocked ?? 0), 0);
  const circulatingBtc = btcSupplyOn(asOf);
  return {
    asOf,
    layers: locked.length,
    btcLocked,
    circulatingBtc,
    penetration: btcLocked / circulatingBtc,
    largest: [...locked]
      .sort((a, b) => (b.btcLocked ?? 0) - (a.btcLocked ?? 0))
      .slice(0, 5)
      .map((p) => ({ name: p.name, btc: p.btcLocked ?? 0 })),
  };
}
