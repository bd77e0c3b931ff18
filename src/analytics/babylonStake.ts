import type { Day } from '../core/day.ts';
import { type BabylonSecurity, babylonSecurity } from '../risk/restaking/babylon.ts';
import type { Store } from '../store/store.ts';

export interface BabylonView {
  security: BabylonSecurity;
  /** The month-end the staked BTC figure is from. */
  month: string | null;
  btcPrice: { day: Day; usd: number } | null;
}

/**
 * Babylon's parameters from its global params, the BTC staked at the latest month-end (all holders of
 * the btc-staking dataset's Babylon rows) and the last BTC close; null when Babylon is not imported.
 */
export async function loadBabylon(store: Store, asOf: Day | null = null): Promise<BabylonView | null> {
  const params = await store.babylonParams();
  if (!params) return null;
  const rows = (await store.btcStakingMonthly(asOf)).filter((r) => r.protocol === 'Babylon');
  const month = rows.at(-1)?.month ?? null;
  const staked =
    month === null ? null : rows.filter((r) => r.month === month).reduce((a, r) => a + r.tvlBtc, 0);
  const prices = (await store.dailyPrices('BTC')).filter((p) => asOf === null || p.day <= asOf);
  const last = prices.at(-1);
  const btcPrice = last ? { day: last.day, usd: last.value } : null;
  return { security: babylonSecurity(params, staked, btcPrice?.usd ?? null), month, btcPrice };
}
