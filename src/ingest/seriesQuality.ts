import { addDays, type Day } from '../core/day.ts';

/** One day of one series (a protocol's chain × section), in USD. */
export type SeriesPoint = { day: Day; usd: number };

/** What a quality rule found on a point; `excluded` points stay stored but out of default totals. */
export type PointFinding = { day: Day; usd: number; kind: QualityKind; excluded: boolean; message: string };

/**
 * The rules, after defillama-server `storeNewTvl2.ts` (MODELS §1) unless marked "Faultline":
 * - `negative`, `over-200b`: rejected (TVL < 0 or > $200B).
 * - `held-spike`: held (> 5× the previous day and > 5× the week-ago value and > $1M).
 * - `vanished-tokens`: rejected (a > 50% fall from over $100k where tokens held the day before, worth
 *   over 25% of it, are gone).
 * - `section-zero`: warning (a section falls to 0).
 * - `jump`: warning (> 2× the previous day; Faultline asks for at least $100k to keep dust quiet).
 * - `cliff` (Faultline): warning (a > 50% fall from over $100k with no vanished tokens to explain it).
 *   Kept in totals: a real collapse looks exactly like this, and hiding it would hide the event.
 */
export type QualityKind =
  | 'negative'
  | 'over-200b'
  | 'held-spike'
  | 'vanished-tokens'
  | 'section-zero'
  | 'jump'
  | 'cliff';

const MAX_TVL_USD = 200e9;
const usd = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;

/**
 * Checks new points of a series (oldest first) against the accepted points before them (`history`,
 * oldest first) and each other. `tokensUsd` gives each day's token values (USD) when known.
 * @example checkSeries([{ day: '2025-01-02', usd: -1 }], [])[0].kind === 'negative'
 */
export function checkSeries(
  points: readonly SeriesPoint[],
  history: readonly SeriesPoint[],
  tokensUsd?: ReadonlyMap<Day, Readonly<Record<string, number | null>>>,
): PointFinding[] {
  const accepted = [...history];
  const findings: PointFinding[] = [];
  const flag = (p: SeriesPoint, kind: QualityKind, excluded: boolean, message: string) =>
    findings.push({ day: p.day, usd: p.usd, kind, excluded, message });
  for (const p of points) {
    const prev = accepted.at(-1);
    const weekBefore = addDays(p.day, -7);
    const weekAgo = findLast(accepted, (a) => a.day <= weekBefore);
    let excluded = true;
    if (p.usd < 0) flag(p, 'negative', true, `negative TVL ${usd(p.usd)}`);
    else if (p.usd > MAX_TVL_USD) flag(p, 'over-200b', true, `TVL ${usd(p.usd)} is over $200B`);
    else if (prev && p.usd > 1e6 && p.usd > 5 * prev.usd && (!weekAgo || p.usd > 5 * weekAgo.usd)) {
      flag(
        p,
        'held-spike',
        true,
        `${usd(p.usd)} is over 5× the day before (${usd(prev.usd)}) and the week before`,
      );
    } else if (prev && prev.usd > 1e5 && p.usd < 0.5 * prev.usd && vanishedShare(prev, p, tokensUsd) > 0.25) {
      flag(
        p,
        'vanished-tokens',
        true,
        `fell from ${usd(prev.usd)} to ${usd(p.usd)} as tokens worth over 25% vanished`,
      );
    } else {
      excluded = false;
      if (prev && prev.usd > 0 && p.usd === 0)
        flag(p, 'section-zero', false, `fell to 0 from ${usd(prev.usd)}`);
      else if (prev && prev.usd > 0 && p.usd >= 1e5 && p.usd > 2 * prev.usd)
        flag(p, 'jump', false, `${usd(p.usd)} is over 2× the day before (${usd(prev.usd)})`);
      else if (prev && prev.usd > 1e5 && p.usd < 0.5 * prev.usd)
        flag(p, 'cliff', false, `fell over 50% in a day, from ${usd(prev.usd)} to ${usd(p.usd)}`);
    }
    if (!excluded) accepted.push(p);
  }
  return findings;
}

/** The share of the previous day's value held in tokens that are gone (absent or 0) today. */
function vanishedShare(
  prev: SeriesPoint,
  today: SeriesPoint,
  tokensUsd: ReadonlyMap<Day, Readonly<Record<string, number | null>>> | undefined,
): number {
  const before = tokensUsd?.get(prev.day);
  const after = tokensUsd?.get(today.day);
  if (!before || !after || prev.usd <= 0) return 0;
  let gone = 0;
  for (const [token, value] of Object.entries(before)) {
    if (value && value > 0 && !(after[token] && (after[token] as number) > 0)) gone += value;
  }
  return gone / prev.usd;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (test(item)) return item;
  }
  return undefined;
}
