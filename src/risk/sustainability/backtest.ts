import { addDays, type Day, daysBetween } from '../../core/day.ts';

/** A score computed at one monthly point from data up to that day. */
export type BacktestPoint = { id: string; day: Day; score: number };

/**
 * What happened next: whether a protocol collapsed (lost ≥ 90% of its peak), the day that became visible
 * and in what: the daily history (`history`: the collapse day is observed) or only a later protocol-list
 * snapshot after the history stopped (`snapshot`: it happened somewhere after `observedThrough`, the last
 * day the history shows, and by `visibleDay`).
 */
export type Outcome = {
  id: string;
  name: string;
  collapsed: boolean;
  visibleDay: Day | null;
  visibleFrom: 'history' | 'snapshot' | null;
  /** The last day of daily history before the collapse showed (null when it did not collapse). */
  observedThrough: Day | null;
};

/**
 * A collapse warned of before it became visible. `leadDays` is measured only over observed data: to the
 * visible day when the daily history shows the collapse, else to the day after `observedThrough` (the
 * earliest day the collapse can have happened, unobserved), and then it is a lower bound (`leadAtLeast`).
 */
export type Caught = {
  id: string;
  name: string;
  firstWarning: Day;
  visibleDay: Day;
  visibleFrom: 'history' | 'snapshot';
  leadDays: number;
  leadAtLeast: boolean;
};

/** How warnings over a period compare with what happened. */
export type BacktestResult = {
  from: Day;
  to: Day;
  threshold: number;
  /** Protocols scored in the period (collapses already visible before it are left out). */
  protocols: number;
  collapses: number;
  caught: Caught[];
  missed: { id: string; name: string; visibleDay: Day; visibleFrom: 'history' | 'snapshot' }[];
  falseAlarms: { id: string; name: string; firstWarning: Day }[];
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Median of the caught collapses' lead days (lower bounds included as such). */
  medianLeadDays: number | null;
};

/** A protocol collapsed when it kept no more than this share of its peak. */
export const COLLAPSE_KEEPS = 0.1;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Scores the warnings (score below `threshold`) given at points in [from, to] against outcomes: a
 * collapse is caught when a warning came before it became visible, missed otherwise; a warning on a
 * protocol that did not collapse is a false alarm. Lead time counts observed days only: from the first
 * such warning to the collapse day the history shows, or, for a collapse first seen in a later snapshot,
 * to the day after the history's last day (a lower bound, never the snapshot's far day). Collapses already visible
 * before `from` cannot be warned of and are left out.
 */
export function evaluateWarnings(
  points: readonly BacktestPoint[],
  outcomes: ReadonlyMap<string, Outcome>,
  threshold: number,
  from: Day,
  to: Day,
): BacktestResult {
  const inPeriod = points.filter((p) => p.day >= from && p.day <= to);
  const ids = [...new Set(inPeriod.map((p) => p.id))].filter((id) => {
    const o = outcomes.get(id);
    return o !== undefined && !(o.collapsed && o.visibleDay !== null && o.visibleDay < from);
  });
  const caught: Caught[] = [];
  const missed: BacktestResult['missed'] = [];
  const falseAlarms: BacktestResult['falseAlarms'] = [];
  for (const id of ids) {
    const o = outcomes.get(id) as Outcome;
    const before = (p: BacktestPoint) => !o.collapsed || o.visibleDay === null || p.day < o.visibleDay;
    const warning = inPeriod
      .filter((p) => p.id === id && p.score < threshold && before(p))
      .reduce<Day | null>((d, p) => (d === null || p.day < d ? p.day : d), null);
    if (o.collapsed && o.visibleDay !== null) {
      const from = o.visibleFrom ?? 'history';
      // A collapse first seen in a snapshot happened on the first unobserved day at the earliest.
      const observedEnd =
        from === 'snapshot' && o.observedThrough !== null ? addDays(o.observedThrough, 1) : o.visibleDay;
      if (warning)
        caught.push({
          id,
          name: o.name,
          firstWarning: warning,
          visibleDay: o.visibleDay,
          visibleFrom: from,
          leadDays: Math.max(0, daysBetween(warning, observedEnd)),
          leadAtLeast: from === 'snapshot',
        });
      else missed.push({ id, name: o.name, visibleDay: o.visibleDay, visibleFrom: from });
    } else if (warning) falseAlarms.push({ id, name: o.name, firstWarning: warning });
  }
  const precision =
    caught.length + falseAlarms.length > 0 ? caught.length / (caught.length + falseAlarms.length) : null;
  const recall = caught.length + missed.length > 0 ? caught.length / (caught.length + missed.length) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {
    from,
    to,
    threshold,
    protocols: ids.length,
    collapses: caught.length + missed.length,
    caught: caught.sort((a, b) => a.id.localeCompare(b.id)),
    missed: missed.sort((a, b) => a.id.localeCompare(b.id)),
    falseAlarms: falseAlarms.sort((a, b) => a.id.localeCompare(b.id)),
    precision,
    recall,
    f1,
    medianLeadDays: median(caught.map((c) => c.leadDays)),
  };
}
