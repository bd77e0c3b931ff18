import fc from 'fast-check';
import type { TvlRow } from '../../src/analytics/tvlDays.ts';
import { addDays, type Day } from '../../src/core/day.ts';
import type { ChainId } from '../../src/model/chain.ts';
import type { Section } from '../../src/model/normaliseChain.ts';

/** Day n of a fixture calendar starting 2024-01-01. */
export const dayN = (n: number): Day => addDays('2024-01-01' as Day, n);

/** A stored TVL point on fixture day `day`. */
export function tvlRow(
  protocol: string,
  chain: string,
  day: number,
  usd: number,
  section: Section = 'tvl',
): TvlRow {
  return { protocol, chain: chain as ChainId, section, day: dayN(day), usd };
}

const SECTIONS: Section[] = ['tvl', 'tvl', 'borrowed', 'staking'];

/**
 * Random stored rows: up to 4 protocols on 3 chains over 12 days, one point per (protocol, chain, section, day),
 * whole cents; about one in five flagged (kept out of totals unless flagged points are included).
 */
export const arbitraryRows = fc
  .uniqueArray(
    fc.record({
      protocol: fc.constantFrom('p0', 'p1', 'p2', 'p3'),
      chain: fc.constantFrom('c0', 'c1', 'c2'),
      section: fc.constantFrom(...SECTIONS),
      day: fc.integer({ min: 0, max: 11 }),
      usd: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
      flag: fc.constantFrom(null, null, null, null, 'held-spike'),
    }),
    { selector: (r) => `${r.protocol}|${r.chain}|${r.section}|${r.day}`, maxLength: 40 },
  )
  .map((rs) => rs.map((r) => ({ ...tvlRow(r.protocol, r.chain, r.day, r.usd, r.section), flag: r.flag })));
