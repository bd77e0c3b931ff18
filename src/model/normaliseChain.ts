import { ALL_CHAINS, type Chain, type ChainId } from './chain.ts';
import { CHAINS } from './chains.ts';

const BY_SPELLING = new Map<string, ChainId>();
for (const chain of CHAINS.values()) {
  for (const spelling of [chain.id, chain.name, ...chain.aliases]) BY_SPELLING.set(fold(spelling), chain.id);
}

function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * Maps any source's spelling of a chain to one chain id; unknown chains become a slug of their name.
 * @example normaliseChain('ZKsync Era') === 'zksync-era'; normaliseChain('optimism') === 'op-mainnet'; normaliseChain('rsk') === 'rootstock'
 */
export function normaliseChain(raw: string): ChainId {
  const folded = fold(raw);
  const known = BY_SPELLING.get(folded);
  if (known) return known;
  return folded.replace(/[^a-z0-9²]+/g, '-').replace(/^-+|-+$/g, '') as ChainId;
}

/** The registry entry for a chain id, or a stub with layer `unknown`. */
export function chainInfo(id: ChainId): Chain {
  return (
    CHAINS.get(id) ?? { id, name: id, layer: 'unknown', parent: null, stack: null, da: null, aliases: [] }
  );
}

/** The extra TVL sections DefiLlama keys as `Chain-section` (MODELS §1). */
export const EXTRA_SECTIONS = ['staking', 'pool2', 'borrowed', 'vesting', 'offers', 'treasury'] as const;
export type Section = 'tvl' | (typeof EXTRA_SECTIONS)[number];

/**
 * Splits a DefiLlama chainTvls key into chain and section.
 * @example parseChainKey('CORE-borrowed') → { chain: 'core', section: 'borrowed' }; parseChainKey('borrowed') → { chain: 'all', section: 'borrowed' }
 */
export function parseChainKey(key: string): { chain: ChainId; section: Section } {
  const lower = key.toLowerCase();
  for (const section of EXTRA_SECTIONS) {
    if (lower === section) return { chain: ALL_CHAINS, section };
    if (lower.endsWith(`-${section}`))
      return { chain: normaliseChain(key.slice(0, -section.length - 1)), section };
  }
  return { chain: normaliseChain(key), section: 'tvl' };
}
