import { addDays, type Day } from '../core/day.ts';
import type { ChainId } from '../model/chain.ts';
import type { Section } from '../model/normaliseChain.ts';
import type { TvlStep } from '../model/tvl.ts';
import type { TvlCell } from './tvlRules.ts';

/** One stored TVL point: a protocol's value on a chain, in a section, on a day (USD). */
export type TvlRow = {
  protocol: string;
  chain: ChainId;
  section: Section;
  day: Day;
  usd: number;
  /**
   * A quality flag (negative, above $200B, held spike, ...). DefiLlama rejects the whole update, so the
   * protocol's item of that day (every chain and section) is no item at all: the day is a gap.
   */
  flag?: string | null;
};

/** Which rows a figure sums: chains and protocols (null = all), up to a day (null = all history). */
export type TvlScope = {
  chains: ReadonlySet<ChainId> | null;
  protocols: ReadonlySet<string> | null;
  to: Day | null;
  /** Count flagged points too (`--include-flagged`). */
  includeFlagged?: boolean;
};

/** Per day, the USD of each (section, class) cell; every day from the first point to the horizon. */
export type TvlDays = { horizon: Day | null; days: Map<Day, TvlCell[]> };

/**
 * The days each point stands for, by DefiLlama's chart rule (defillama-server `storeGetCharts.ts`,
 * `processProtocols`): a protocol's daily item (all its chains and sections on one day) also covers
 * the missing days before it, back to its previous item (a gap takes the next item's values); its
 * last item is carried to the horizon, the last day any protocol in scope reported. A protocol that
 * still reports but no longer lists a chain has left that chain: it counts zero there.
 * Every day from the first counted point to the horizon is present (empty once nothing is left).
 * With `to`, points after it are unseen, so a gap that spans `to` is carried forward instead (no look-ahead).
 *
 * This is the plain reference implementation (a loop over rows); the store computes the same thing in
 * SQL, and tests hold the two equal.
 */
export function tvlDays(
  rows: readonly TvlRow[],
  classes: ReadonlyMap<string, number>,
  scope: TvlScope,
): TvlDays {
  const rejected = new Set(
    scope.includeFlagged === true ? [] : rows.filter((r) => r.flag).map((r) => `${r.protocol}|${r.day}`),
  );
  const visible = rows.filter(
    (r) =>
      !rejected.has(`${r.protocol}|${r.day}`) &&
      (scope.to === null || r.day <= scope.to) &&
      (scope.protocols === null || scope.protocols.has(r.protocol)),
  );
  const itemDays = new Map<string, Set<Day>>();
  for (const r of visible) {
    const set = itemDays.get(r.protocol) ?? new Set<Day>();
    set.add(r.day);
    itemDays.set(r.protocol, set);
  }
  const coversFrom = new Map<string, Map<Day, Day>>();
  const lastDay = new Map<string, Day>();
  let horizon: Day | null = null;
  for (const [protocol, set] of itemDays) {
    const sorted = [...set].sort();
    const from = new Map<Day, Day>();
    sorted.forEach((day, i) => {
      from.set(day, i === 0 ? day : addDays(sorted[i - 1] as Day, 1));
    });
    coversFrom.set(protocol, from);
    const last = sorted.at(-1) as Day;
    lastDay.set(protocol, last);
    if (horizon === null || last > horizon) horizon = last;
  }

  const sums = new Map<Day, Map<string, TvlCell>>();
  for (const r of visible) {
    if (scope.chains !== null && !scope.chains.has(r.chain)) continue;
    const cls = classes.get(r.protocol) ?? 0;
    const start = coversFrom.get(r.protocol)?.get(r.day) as Day;
    const end = r.day === lastDay.get(r.protocol) ? (horizon as Day) : r.day;
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const cells = sums.get(day) ?? new Map<string, TvlCell>();
      const key = `${r.section}|${cls}`;
      const cell = cells.get(key) ?? { section: r.section, cls, usd: 0 };
      cell.usd += r.usd;
      cells.set(key, cell);
      sums.set(day, cells);
    }
  }
  const days = new Map<Day, TvlCell[]>();
  const first = [...sums.keys()].sort()[0];
  if (first === undefined || horizon === null) return { horizon, days };
  for (let day = first; day <= horizon; day = addDays(day, 1)) {
    days.set(day, [...(sums.get(day)?.values() ?? [])]);
  }
  return { horizon, days };
}

/**
 * Expands running-total steps (what the store returns) into the same per-day cells as {@link tvlDays},
 * for every day from the first step to the horizon.
 */
export function daysFromSteps(steps: readonly TvlStep[], horizon: Day | null): TvlDays {
  const days = new Map<Day, TvlCell[]>();
  if (horizon === null || steps.length === 0) return { horizon, days };
  const sorted = [...steps].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const current = new Map<string, TvlCell>();
  let i = 0;
  for (let day = (sorted[0] as TvlStep).day; day <= horizon; day = addDays(day, 1)) {
    while (i < sorted.length && (sorted[i] as TvlStep).day <= day) {
      const s = sorted[i++] as TvlStep;
      current.set(`${s.section}|${s.cls}`, { section: s.section, cls: s.cls, usd: s.usd });
    }
    days.set(
      day,
      [...current.values()].map((c) => ({ ...c })),
    );
  }
  return { horizon, days };
}
