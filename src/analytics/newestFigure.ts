import type { Day } from '../core/day.ts';
import type { ProtocolSnapshot } from '../model/tvl.ts';
import type { ProtocolIdentity } from './protocolIdentity.ts';

/** A protocol's newest USD figure, its day, and which record it comes from. */
export type NewestFigure = { usd: number; day: Day; from: 'history' | 'snapshot' };

/**
 * The one rule for "a protocol's latest TVL": the newest of its daily history's last point and the
 * protocol-list snapshot (the sum of its members listed there with a figure). Every view uses it, so a
 * protocol is never −69% on one page and −97% on another.
 * @example newestFigure(identity, { day: '2025-02-19', usd: 1.1e8 }, snapshot) // { from: 'snapshot', day: '2025-12-19', ... }
 */
export function newestFigure(
  identity: Pick<ProtocolIdentity, 'members'>,
  history: { day: Day; usd: number } | null,
  snapshot: readonly ProtocolSnapshot[],
): NewestFigure | null {
  const day = snapshot[0]?.day ?? null;
  const bySlug = new Map(snapshot.map((s) => [s.slug as string, s]));
  const listed = identity.members
    .map((m) => bySlug.get(m.slug))
    .filter((s): s is ProtocolSnapshot => s !== undefined && s.tvlUsd !== null);
  if (day !== null && listed.length > 0 && (history === null || day > history.day))
    return { usd: listed.reduce((sum, s) => sum + (s.tvlUsd ?? 0), 0), day, from: 'snapshot' };
  return history ? { ...history, from: 'history' } : null;
}
