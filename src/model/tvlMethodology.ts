import type { Section } from './normaliseChain.ts';

/**
 * Categories DefiLlama leaves out of chain and overall TVL (defillama-server
 * `defi/src/utils/excludeProtocols.ts`, MODELS §1).
 */
export const EXCLUDED_CATEGORIES: ReadonlySet<string> = new Set([
  'Chain',
  'CEX',
  'Infrastructure',
  'Staking Pool',
  'RWA',
  'Basis Trading',
  'CeDeFi',
]);

/** Bridges are off chain totals by default too (`excludeProtocolInCharts`); Faultline can toggle them in. */
export const BRIDGE_CATEGORIES: ReadonlySet<string> = new Set(['Bridge', 'Canonical Bridge']);

/**
 * Categories whose protocols DefiLlama counts as double counted whatever their adapter says
 * (defillama-server `defi/src/utils/normalizeChain.ts`, `isDoubleCounted`; MODELS §1): they hold what
 * other protocols already count.
 */
export const DOUBLECOUNTED_CATEGORIES: ReadonlySet<string> = new Set([
  'Yield Aggregator',
  'Yield',
  'Liquidity manager',
  'Onchain Capital Allocator',
  'Treasury Manager',
  'Anchor BTC',
]);

/** The category of liquid staking protocols, subtracted from chain totals by default. */
export const LIQUID_STAKING_CATEGORY = 'Liquid Staking';

/**
 * How a protocol counts in chain totals, as bits so a store can group by it:
 * double counted, liquid staking, an excluded category, a bridge.
 */
export const CLASS = { doublecounted: 1, liquidstaking: 2, excluded: 4, bridge: 8 } as const;

/** What a user switches on beyond DefiLlama's default view. */
export type TvlToggles = {
  /** Extra sections added to core `tvl`. */
  sections: readonly Exclude<Section, 'tvl'>[];
  doublecounted: boolean;
  liquidstaking: boolean;
  bridge: boolean;
};

export const DEFAULT_TOGGLES: TvlToggles = {
  sections: [],
  doublecounted: false,
  liquidstaking: false,
  bridge: false,
};

/** Names accepted by `--include`. */
export const INCLUDE_TOGGLES = ['doublecounted', 'liquidstaking', 'bridge'] as const;

/**
 * A protocol's class bits from its category and its adapter's own `doublecounted` flag, as
 * defillama-server's `isDoubleCounted(moduleDoubleCounted, category)` decides:
 * `moduleDoubleCounted === true || category ∈ DOUBLECOUNTED_CATEGORIES` (an adapter cannot opt a
 * double-counted category out; null: the flag is not known, the category decides). MODELS §1.
 */
export function classify(category: string | null, doublecountedFlag: boolean | null = null): number {
  let cls = 0;
  if (doublecountedFlag === true || (category !== null && DOUBLECOUNTED_CATEGORIES.has(category))) {
    cls |= CLASS.doublecounted;
  }
  if (category === LIQUID_STAKING_CATEGORY) cls |= CLASS.liquidstaking;
  if (category !== null && EXCLUDED_CATEGORIES.has(category)) cls |= CLASS.excluded;
  if (category !== null && BRIDGE_CATEGORIES.has(category)) cls |= CLASS.bridge;
  return cls;
}

/** Whether a class is left out of chain totals entirely under these toggles. */
export function isExcluded(cls: number, toggles: TvlToggles): boolean {
  return (cls & CLASS.excluded) !== 0 || ((cls & CLASS.bridge) !== 0 && !toggles.bridge);
}
