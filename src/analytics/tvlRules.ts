import type { Section } from '../model/normaliseChain.ts';
import { CLASS, isExcluded, type TvlToggles } from '../model/tvlMethodology.ts';

/** USD summed over protocols of one class in one section on one day. */
export type TvlCell = { section: Section; cls: number; usd: number };

/**
 * One day's figure under DefiLlama's rule, with the parts it is made of (USD). `tvl` is core TVL of the
 * counted classes; `doublecounted`, `liquidstaking` and `overlap` are the parts of it the default
 * view subtracts (or adds back); `sections` are the extra sections by name; `excluded` is what the
 * excluded categories (and bridges, unless toggled) held, never counted.
 */
export type TvlParts = {
  tvl: number;
  doublecounted: number;
  liquidstaking: number;
  overlap: number;
  sections: Partial<Record<Exclude<Section, 'tvl'>, number>>;
  excluded: number;
};

/**
 * DefiLlama's chain total (defillama-app `processAdjustedTvl`, defillama-server `storeGetCharts.ts`):
 * `tvl − doublecounted − liquidstaking + dcAndLsOverlap`, each subtraction dropped when its toggle is
 * on, the overlap added back only when both are off; plus the enabled extra sections (not reduced by
 * the double-counting flags, which apply to core `tvl` only). Excluded categories never count.
 */
export function composeDay(cells: readonly TvlCell[], toggles: TvlToggles): { usd: number; parts: TvlParts } {
  const parts: TvlParts = {
    tvl: 0,
    doublecounted: 0,
    liquidstaking: 0,
    overlap: 0,
    sections: {},
    excluded: 0,
  };
  for (const { section, cls, usd } of cells) {
    if (isExcluded(cls, toggles)) {
      parts.excluded += usd;
      continue;
    }
    if (section !== 'tvl') {
      parts.sections[section] = (parts.sections[section] ?? 0) + usd;
      continue;
    }
    parts.tvl += usd;
    const dc = (cls & CLASS.doublecounted) !== 0;
    const ls = (cls & CLASS.liquidstaking) !== 0;
    if (dc) parts.doublecounted += usd;
    if (ls) parts.liquidstaking += usd;
    if (dc && ls) parts.overlap += usd;
  }
  return { usd: totalOf(parts, toggles), parts };
}

/** What the rule does with one stored point (one protocol's cell), the per-point view of {@link composeDay}. */
export type CellRole =
  | 'counted'
  | 'subtracted: double counted'
  | 'subtracted: liquid staking'
  | 'section not enabled'
  | 'excluded category';

/**
 * The role of one point under the toggles: a point counts exactly when {@link composeDay} keeps its
 * value in the total (a protocol both double counted and liquid staking is subtracted as liquid staking
 * when only double counting is toggled in).
 */
export function cellRole(section: Section, cls: number, toggles: TvlToggles): CellRole {
  if (isExcluded(cls, toggles)) return 'excluded category';
  if (section !== 'tvl') return toggles.sections.includes(section) ? 'counted' : 'section not enabled';
  if (cls & CLASS.doublecounted && !toggles.doublecounted) return 'subtracted: double counted';
  if (cls & CLASS.liquidstaking && !toggles.liquidstaking) return 'subtracted: liquid staking';
  return 'counted';
}

/** The figure a set of parts adds up to under the toggles. */
export function totalOf(parts: TvlParts, toggles: TvlToggles): number {
  let usd = parts.tvl;
  if (!toggles.doublecounted) usd -= parts.doublecounted;
  if (!toggles.liquidstaking) usd -= parts.liquidstaking;
  if (!toggles.doublecounted && !toggles.liquidstaking) usd += parts.overlap;
  for (const section of toggles.sections) usd += parts.sections[section] ?? 0;
  return roundCents(usd);
}

/** Rounds to whole cents: sums of differences leave float dust (1e-7, −0) that must not show as value. */
export function roundCents(usd: number): number {
  return Math.round(usd * 100) / 100 + 0;
}
