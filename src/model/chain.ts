/** A normalised chain id (lower-case slug), e.g. `zksync-era`, `op-mainnet`, `rootstock`. */
export type ChainId = string & { readonly __brand: 'ChainId' };

/**
 * Where a chain sits (MODELS §2): `L1`; `L2` (rollup, validium, optimium) and `L3` settle on a parent;
 * `sidechain` has its own consensus; `btc-layer` is any Bitcoin-side system (rollup, sidechain,
 * merge-mined, anchor, BPoS); `unknown` when no source says.
 */
export type Layer = 'L1' | 'L2' | 'L3' | 'sidechain' | 'btc-layer' | 'unknown';

/** A chain with its place in the layer taxonomy. */
export type Chain = {
  id: ChainId;
  /** Display name, as DefiLlama spells it. */
  name: string;
  layer: Layer;
  /** Settlement chain (`ethereum`, `bitcoin`), or null for an L1 or an independent chain. */
  parent: ChainId | null;
  /** Software stack (OP Stack, Orbit, ZK Stack, Polygon CDK, ...), when known. */
  stack: string | null;
  /** Data-availability layer (Ethereum blobs, Celestia, EigenDA, DAC, Bitcoin, ...), when known. */
  da: string | null;
  /** Every other spelling of the chain seen in sources; matched case-insensitively. */
  aliases: readonly string[];
};

/** The chain id used for "all chains" totals (DefiLlama's top-level `tvl`, `staking`, `vesting` keys). */
export const ALL_CHAINS = 'all' as ChainId;
