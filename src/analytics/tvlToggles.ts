import { ConfigError } from '../core/errors.ts';
import { EXTRA_SECTIONS, type Section } from '../model/normaliseChain.ts';
import { INCLUDE_TOGGLES, type TvlToggles } from '../model/tvlMethodology.ts';

/**
 * Comma lists of extra sections (`borrowed,staking`) and toggles (`doublecounted,liquidstaking,bridge`)
 * as TVL toggles; an unknown name is a ConfigError on the field given (a CLI flag or an API parameter).
 * @example parseToggles('borrowed', 'doublecounted').sections // ['borrowed']
 */
export function parseToggles(
  sections: string | undefined,
  include: string | undefined,
  fields: { sections: string; include: string } = { sections: '--sections', include: '--include' },
): TvlToggles {
  const list = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
  const wanted = list(sections);
  for (const s of wanted) {
    if (!(EXTRA_SECTIONS as readonly string[]).includes(s)) {
      throw new ConfigError(`unknown section "${s}"; expected some of ${EXTRA_SECTIONS.join(', ')}`, {
        field: fields.sections,
      });
    }
  }
  const included = list(include);
  for (const t of included) {
    if (!(INCLUDE_TOGGLES as readonly string[]).includes(t)) {
      throw new ConfigError(`unknown toggle "${t}"; expected some of ${INCLUDE_TOGGLES.join(', ')}`, {
        field: fields.include,
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
