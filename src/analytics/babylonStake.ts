import type { Day } from '../core/day.ts';
import { type BabylonSecurity, babylonSecurity } from '../risk/restaking/babylon.ts';
import type { Store } from '../store/store.ts';
import { lastClose, latestStaked } from './latestFigures.ts';

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
  const staked = latestStaked(await store.btcStakingMonthly(asOf), 'Babylon');
  const btcPrice = lastClose(await store.dailyPrices('BTC'), asOf);
  return {
    security: babylonSecurity(params, staked?.btc ?? null, btcPrice?.usd ?? null),
    month: staked?.month ?? null,
    btcPrice,
  };
}
