import { seededRandom, seedOf } from '../../src/core/seededRandom.ts';

/** The replayed DefiLlama Yields universe: how many pools, how many days of history, ending when. */
export type YieldsUniverse = { pools: number; days: number; endDay: string };

const PROJECTS: readonly (readonly [project: string, chain: string, symbol: string])[] = [
  ['aerodrome-v1', 'Base', 'WETH-USDC'],
  ['aerodrome-slipstream', 'Base', 'USDC-CBBTC'],
  ['zerolend', 'Linea', 'WETH'],
  ['aave-v3', 'Ethereum', 'USDC'],
];
const AERO = '0x940181a94A35A4569E4529A3CDfB74e38FD98631';

/** The id of pool number `i`: a UUID, as DefiLlama's `configID`. */
export const poolIdOf = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/**
 * `/pools` as yields.llama.fi shapes it (yield-server enrichedColumns): every column, a reward token list on
 * the DEX pools, one pool with an APY but no split (as some adapters report) and one above 1000%.
 */
export function yieldPools(u: YieldsUniverse): unknown {
  return {
    status: 'success',
    data: Array.from({ length: u.pools }, (_, i) => {
      const r = seededRandom(seedOf(poolIdOf(i)));
      const [project, chain, symbol] = PROJECTS[i % PROJECTS.length] as (typeof PROJECTS)[number];
      const dex = project.startsWith('aerodrome');
      const apyBase = Math.round(r() * 800) / 100;
      const apyReward = dex ? Math.round(r() * 3000) / 100 : null;
      const unsplit = i === 1;
      const extreme = i === 2;
      return {
        chain,
        project,
        symbol,
        tvlUsd: Math.round(1e5 + r() * 5e7),
        apyBase: unsplit ? null : apyBase,
        apyReward: unsplit ? null : extreme ? 150_000 : apyReward,
        apy: extreme ? 150_000 + apyBase : apyBase + (apyReward ?? 0),
        rewardTokens: dex ? [AERO] : null,
        pool: poolIdOf(i),
        apyPct1D: 0.1,
        apyPct7D: -0.2,
        apyPct30D: null,
        stablecoin: symbol === 'USDC',
        ilRisk: dex ? 'yes' : 'no',
        exposure: dex ? 'multi' : 'single',
        predictions: { predictedClass: 'Stable/Up', predictedProbability: 60, binnedConfidence: 2 },
        poolMeta: dex ? 'Volatile' : null,
        mu: 5.1,
        sigma: 0.2,
        count: 300,
        outlier: extreme,
        underlyingTokens: ['0x4200000000000000000000000000000000000006'],
        il7d: null,
        apyBase7d: null,
        apyMean30d: 6.2,
        volumeUsd1d: dex ? 1e6 : null,
        volumeUsd7d: dex ? 7e6 : null,
        apyBaseInception: null,
      };
    }),
  };
}

/**
 * `/chart/{pool}` as yields.llama.fi shapes it (one point per day at its last timestamp): a DEX pool's
 * reward falls to a tenth two thirds into its history and its TVL sinks after it. Unknown pool: undefined.
 */
export function yieldChart(u: YieldsUniverse, pool: string): unknown {
  const i = Number.parseInt(pool.slice(-12), 16);
  if (!pool.startsWith('00000000-0000-4000-8000-') || !(i < u.pools)) return undefined;
  const r = seededRandom(seedOf(`${pool}/chart`));
  const end = Date.parse(`${u.endDay}T23:01:12.345Z`);
  const dex = (PROJECTS[i % PROJECTS.length] as (typeof PROJECTS)[number])[0].startsWith('aerodrome');
  const cut = Math.floor((u.days * 2) / 3);
  return {
    status: 'success',
    data: Array.from({ length: u.days }, (_, d) => {
      const after = d >= cut;
      const apyBase = 2 + r() * 3;
      const apyReward = dex ? (after ? 2 : 20) + r() : null;
      return {
        timestamp: new Date(end - (u.days - 1 - d) * 86_400_000).toISOString(),
        tvlUsd: Math.round(1e6 * (1 + r() * 0.05) * (after && dex ? 0.6 : 1)),
        apy: apyBase + (apyReward ?? 0),
        apyBase,
        apyReward,
        il7d: null,
        apyBase7d: null,
      };
    }),
  };
}
