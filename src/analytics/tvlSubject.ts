import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { ChainId, Layer } from '../model/chain.ts';
import { CHAINS } from '../model/chains.ts';
import { chainInfo, normaliseChain } from '../model/normaliseChain.ts';
import type { TvlQuery } from '../model/tvl.ts';
import type { TvlContext } from './tvlContext.ts';

/** What a TVL figure is of. */
export type TvlSubject =
  | { kind: 'chain'; chain: string }
  | { kind: 'protocol'; protocol: string }
  | { kind: 'category'; category: string }
  | { kind: 'layer'; layer: string };

/**
 * The subjects a request names (flags or query parameters): callers refuse anything but exactly one.
 * @example subjectsOf({ chain: 'base' }) // [{ kind: 'chain', chain: 'base' }]
 */
export function subjectsOf(named: {
  chain?: string | undefined;
  protocol?: string | undefined;
  category?: string | undefined;
  layer?: string | undefined;
}): TvlSubject[] {
  return [
    named.chain === undefined ? null : { kind: 'chain' as const, chain: named.chain },
    named.protocol === undefined ? null : { kind: 'protocol' as const, protocol: named.protocol },
    named.category === undefined ? null : { kind: 'category' as const, category: named.category },
    named.layer === undefined ? null : { kind: 'layer' as const, layer: named.layer },
  ].filter((s) => s !== null);
}

/** Registry chains whose id or name looks like what the user typed: for "did you mean" errors. */
export function chainCandidates(typed: string): string[] {
  const t = typed.toLowerCase().slice(0, 3);
  return [...CHAINS.values()]
    .filter((c) => c.id.includes(t) || c.name.toLowerCase().includes(t))
    .map((c) => c.name)
    .slice(0, 8);
}

export const LAYERS: readonly Layer[] = ['L1', 'L2', 'L3', 'sidechain', 'btc-layer'];

/** A subject resolved to the stored points it sums. */
export type ResolvedSubject = {
  label: string;
  query: TvlQuery;
  /** True for chains and layers: DefiLlama's chain rules (double counting, excluded categories) apply. */
  chainRules: boolean;
  chains: ChainId[] | null;
};

/**
 * Resolves a subject: a chain or layer sums the counted protocols on its chains under the chain rules;
 * a protocol sums its own history keys; a category sums its protocols' histories (its own figure,
 * which the chain rules would zero for, say, Liquid Staking). Unknown protocols, layers and categories
 * get an error with candidates; a chain is checked against the data when its series is read.
 */
export function resolveSubject(
  ctx: TvlContext,
  subject: TvlSubject,
  to: Day | null,
  includeFlagged = false,
): ResolvedSubject {
  const resolved = resolveScope(ctx, subject, to);
  return includeFlagged ? { ...resolved, query: { ...resolved.query, includeFlagged } } : resolved;
}

function resolveScope(ctx: TvlContext, subject: TvlSubject, to: Day | null): ResolvedSubject {
  const { universe } = ctx;
  switch (subject.kind) {
    case 'chain': {
      const chain = normaliseChain(subject.chain);
      const info = chainInfo(chain);
      return {
        label: info.name,
        chains: [chain],
        chainRules: true,
        query: { chains: [chain], protocols: null, exclude: universe.covered, to, classes: universe.classes },
      };
    }
    case 'layer': {
      const layer = subject.layer as Layer;
      if (!LAYERS.includes(layer)) {
        throw new ValidationError(`unknown layer "${subject.layer}"; expected one of ${LAYERS.join(', ')}`, {
          field: 'layer',
        });
      }
      const chains = [...CHAINS.values()].filter((c) => c.layer === layer).map((c) => c.id);
      return {
        label: `${layer} chains`,
        chains,
        chainRules: true,
        query: { chains, protocols: null, exclude: universe.covered, to, classes: universe.classes },
      };
    }
    case 'protocol': {
      const identity = ctx.index.resolve(subject.protocol);
      const keys = [...universe.entries.values()]
        .filter((e) => e.identity.id === identity.id)
        .map((e) => e.key);
      if (keys.length === 0) {
        throw new ValidationError(`no daily history for ${identity.name} (${identity.id}) in the store`, {
          field: 'protocol',
        });
      }
      const counted = keys.filter((k) => universe.entries.get(k)?.coveredBy === null);
      return {
        label: identity.name,
        chains: null,
        chainRules: false,
        query: { chains: null, protocols: counted.length > 0 ? counted : keys, to, classes: new Map() },
      };
    }
    case 'category': {
      const wanted = subject.category.toLowerCase();
      const keys = universe.counted.filter(
        (k) => universe.entries.get(k)?.category?.toLowerCase() === wanted,
      );
      if (keys.length === 0) {
        const categories = [
          ...new Set(universe.counted.map((k) => universe.entries.get(k)?.category ?? 'unknown')),
        ].sort();
        throw new ValidationError(
          `no protocol with daily history in category "${subject.category}"; categories with history: ${categories.join(', ')}`,
          { field: 'category' },
        );
      }
      const name = universe.entries.get(keys[0] as string)?.category ?? subject.category;
      return {
        label: `${name} (${keys.length} protocols with history)`,
        chains: null,
        chainRules: false,
        query: { chains: null, protocols: keys, to, classes: new Map() },
      };
    }
  }
}
