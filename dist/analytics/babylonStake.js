// src/analytics/babylonStake.ts
import { babylonSecurity } from "../risk/restaking/babylon.js";
import { lastClose, latestStaked } from "./latestFigures.js";
async function loadBabylon(store, asOf = null) {
  const params = await store.babylonParams();
  if (!params) return null;
  const staked = latestStaked(await store.btcStakingMonthly(asOf), "Babylon");
  const btcPrice = lastClose(await store.dailyPrices("BTC"), asOf);
  return {
    security: babylonSecurity(params, staked?.btc ?? null, btcPrice?.usd ?? null),
    month: staked?.month ?? null,
    btcPrice
  };
}
export {
  loadBabylon
};
