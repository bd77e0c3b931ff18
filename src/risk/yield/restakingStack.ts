import type { PoolYield } from '../../model/poolYield.ts';
import type { StackLayerSpec } from '../../model/restakingStacks.ts';
import { splitApy } from './splitApy.ts';

/** Where a layer's APY comes from: the stored yields data, inferred from it, or unknown. */
export type LayerBasis = 'data' | 'inferred' | 'unknown';

/** One layer of the stack: its APY (percent a year; null when unknown) and whether an exit still earns it. */
export type StackLayer = StackLayerSpec & { apy: number | null; basis: LayerBasis; note: string };

/** A liquid restaking token's yield, layer by layer, and what keeps paying during an exit. */
export type RestakingStack = {
  layers: StackLayer[];
  /** The known layers' sum (percent a year), and the part still paid during the exit window. */
  knownApy: number | null;
  duringExitApy: number | null;
  /** Layers whose APY is unknown (never counted as zero). */
  unknownLayers: StackLayer['id'][];
};

/**
 * Stacks a liquid restaking token's yield: ETH staking is the benchmark staking token's base APY (no
 * restaking on top); restaking rewards are the token's base APY above it (inferred, floored at 0); token
 * incentives are the token's reward APY; points are unpriced (unknown). Without the token's pool every
 * layer is unknown; with a pool whose base/reward split is unknown, the split layers are.
 * @example restakingStack(layers, weethPool, stethPool).layers.map((l) => l.apy) // [3.122, 1.81, 0.476, null]
 */
export function restakingStack(
  specs: readonly StackLayerSpec[],
  pool: PoolYield | null,
  benchmark: PoolYield | null,
): RestakingStack {
  const split = pool ? splitApy(pool.apy, pool.apyBase, pool.apyReward) : null;
  const staking = benchmark ? splitApy(benchmark.apy, benchmark.apyBase, benchmark.apyReward) : null;
  const layerOf = (spec: StackLayerSpec): StackLayer => {
    const unknown = (note: string): StackLayer => ({ ...spec, apy: null, basis: 'unknown', note });
    if (!pool) return unknown('the token has no pool in the stored yields data on this day');
    if (spec.id === 'points') return unknown('points are not priced by any stored source');
    if (!split) return unknown('the token’s APY has no base/reward split in the stored data');
    switch (spec.id) {
      case 'eth-staking':
        return staking
          ? {
              ...spec,
              apy: Math.min(staking.base, split.base),
              basis: 'data',
              note: `the benchmark staking token’s base APY (${benchmark?.project} ${benchmark?.symbol})`,
            }
          : unknown('the staking benchmark has no pool on this day');
      case 'avs-rewards':
        return staking
          ? {
              ...spec,
              apy: Math.max(0, split.base - staking.base),
              basis: 'inferred',
              note: 'the token’s base APY above the staking benchmark’s',
            }
          : unknown('the staking benchmark has no pool on this day');
      case 'token-incentives':
        return { ...spec, apy: split.reward, basis: 'data', note: 'the token’s reward APY' };
    }
  };
  const layers = specs.map(layerOf);
  const known = layers.filter((l) => l.apy !== null);
  const sum = (ls: StackLayer[]) => ls.reduce((s, l) => s + (l.apy ?? 0), 0);
  return {
    layers,
    knownApy: known.length > 0 ? sum(known) : null,
    duringExitApy: known.length > 0 ? sum(known.filter((l) => l.duringExit)) : null,
    unknownLayers: layers.filter((l) => l.apy === null).map((l) => l.id),
  };
}
