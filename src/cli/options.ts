import { type Day, parseDay } from '../core/day.ts';
import { ConfigError } from '../core/errors.ts';
import { EXTRA_SECTIONS, type Section } from '../model/normaliseChain.ts';
import { INCLUDE_TOGGLES, type TvlToggles } from '../model/tvlMethodology.ts';

/** A UTC day from a flag, or null when the flag is absent; anything else is a clear error. */
export function dayOption(value: string | undefined, flag: string): Day | null {
  if (value === undefined) return null;
  const day = parseDay(value);
  if (!day) throw new ConfigError(`not a day: "${value}" (expected YYYY-MM-DD)`, { field: flag });
  return day;
}

/** A positive number from a flag (counts, windows, USD thresholds). */
export function numberOption(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError(`not a non-negative number: "${value}"`, { field: flag });
  return n;
}

/** `--sections borrowed,staking` and `--include doublecounted,liquidstaking` as toggles. */
export function togglesOption(sections: string | undefined, include: string | undefined): TvlToggles {
  const list = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
  const wanted = list(sections);
  for (const s of wanted) {
    if (!(EXTRA_SECTIONS as readonly string[]).includes(s)) {
      throw new ConfigError(`unknown section "${s}"; expected some of ${EXTRA_SECTIONS.join(', ')}`, {
        field: '--sections',
      });
    }
  }
  const included = list(include);
  for (const t of included) {
    if (!(INCLUDE_TOGGLES as readonly string[]).includes(t)) {
      throw new ConfigError(`unknown toggle "${t}"; expected some of ${INCLUDE_TOGGLES.join(', ')}`, {
        field: '--include',
      });
    }
  }
  return {
    sections: [...new Set(wanted)] as Exclude<Section, 'tvl'>[],
    doublecounted: included.includes('doublecounted'),
    liquidstaking: included.includes('liquidstaking'),
    bridge: included.includes('bridge'),
  };
}
