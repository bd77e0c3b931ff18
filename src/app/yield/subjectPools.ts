import type { ProtocolIdentity, ProtocolIndex } from '../../analytics/protocolIdentity.ts';
import type { Day } from '../../core/day.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { chainInfo, normaliseChain } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import type { Store } from '../../store/store.ts';
import type { YieldPoolFilter, YieldPoolSpan } from '../../store/yieldStore.ts';
import type { YieldCache } from './yieldCache.ts';
import type { ResolvedSubjectDocument, YieldSubject } from './yieldSchemas.ts';

/**
 * What the yield questions read: the store, who each protocol is (the one protocol identity), and
 * optionally a cache of cliff measurements (one per store; without it every cliff question measures).
 */
export type YieldDeps = { store: Store; index: ProtocolIndex; cache?: YieldCache };

/** A subject's pools on the day chosen for it. */
export type SubjectPools = {
  subject: ResolvedSubjectDocument;
  /** The day chosen (see `chooseDay`); null when the subject has no data on or before `asOf`. */
  day: Day | null;
  /** The days the subject's pools end on (on or before `asOf`), newest first, with the pools that cover each. */
  days: { day: Day; pools: number }[];
  pools: PoolYield[];
  /** The subject's pools whose data spans the day but have no row on it (a gap in their history). */
  missing: number;
  /** The identity a yields project belongs to. */
  identityOf(project: string): ProtocolIdentity;
};

/**
 * Resolves a yield subject and finds its pools: a protocol through the protocol identity (a pool belongs
 * to it when its project is the protocol or one of its children; a child the data names only through its
 * parent is read as the parent: `ZeroLend`, `zerolend` and `ZeroLend Lending` all reach ZeroLend), a chain through the one chain normaliser, a category by name
 * (the pool's own, else its protocol's), a pool by id. The day is chosen by `chooseDay`.
 */
export async function subjectPools(
  deps: YieldDeps,
  subject: YieldSubject,
  asOf: Day | null,
): Promise<SubjectPools> {
  const identities = new Map<string, ProtocolIdentity>();
  const identityOf = (project: string) => {
    let identity = identities.get(project);
    if (!identity) {
      identity = deps.index.forKey(project);
      identities.set(project, identity);
    }
    return identity;
  };
  const projects = await deps.store.yieldProjects();
  for (const p of projects) identityOf(p.project);
  let resolved: ResolvedSubjectDocument;
  let filter: YieldPoolFilter;
  switch (subject.kind) {
    case 'protocol': {
      const asked = resolveProtocol(deps.index, subject.id);
      // A child the yields data does not name on its own (`ZeroLend Lending`) is read through the parent it names (`ZeroLend`).
      const parents = new Set(
        projects
          .map((p) => identityOf(p.project))
          .filter((i) => i.id !== asked.id && i.members.some((m) => m.slug === asked.id)),
      );
      const target = parents.size === 1 ? ([...parents][0] as ProtocolIdentity) : asked;
      const members = new Set([target.id, ...target.members.map((m) => m.slug)]);
      resolved = { kind: 'protocol', query: subject.id, id: target.id, name: target.name };
      filter = {
        kind: 'projects',
        projects: projects.filter((p) => members.has(identityOf(p.project).id)).map((p) => p.project),
      };
      break;
    }
    case 'chain': {
      const chain = normaliseChain(subject.id);
      resolved = { kind: 'chain', query: subject.id, id: chain, name: chainInfo(chain).name };
      filter = { kind: 'chain', chain };
      break;
    }
    case 'category': {
      const wanted = subject.id.trim().toLowerCase();
      const named = projects.flatMap((p) => [p.category, identityOf(p.project).category]);
      const spelled = named.find((c) => c?.toLowerCase() === wanted) ?? subject.id;
      resolved = { kind: 'category', query: subject.id, id: wanted, name: spelled };
      filter = {
        kind: 'category',
        category: wanted,
        projects: projects
          .filter((p) => identityOf(p.project).category?.toLowerCase() === wanted)
          .map((p) => p.project),
      };
      break;
    }
    case 'pool':
      resolved = { kind: 'pool', query: subject.id, id: subject.id, name: subject.id };
      filter = { kind: 'pool', pool: subject.id };
      break;
  }
  const spans = await deps.store.yieldPoolSpans(filter);
  if (subject.kind === 'pool' && spans.length === 0)
    throw new NotFoundError(`unknown pool "${subject.id}"`, { field: 'pool' });
  const mine = spans.filter((s) => asOf === null || s.firstDay <= asOf);
  const days = dayChoices(mine, asOf);
  const day = chooseDay(days);
  if (day === null) return { subject: resolved, day, days, pools: [], missing: 0, identityOf };
  const pools = await deps.store.poolYieldsOn(day, filter);
  const first = pools[0];
  if (subject.kind === 'pool' && first)
    resolved.name = `${first.symbol} (${identityOf(first.project).name}, ${chainInfo(first.chain).name})`;
  const present = new Set(pools.map((p) => p.pool));
  const missing = new Set(
    mine.filter((s) => s.firstDay <= day && s.lastDay >= day && !present.has(s.pool)).map((s) => s.pool),
  );
  return { subject: resolved, day, days, pools, missing: missing.size, identityOf };
}

/**
 * A protocol by slug, name or alias; a parent that no stored key names yet (`aerodrome` over
 * `aerodrome-v1` and `aerodrome-slipstream`) is found by its children's slugs. Unknown or ambiguous: a
 * NotFoundError with the candidates.
 */
function resolveProtocol(index: ProtocolIndex, query: string): ProtocolIdentity {
  try {
    return index.resolve(query);
  } catch (err) {
    const parent = index.forKey(query.trim().toLowerCase());
    if (parent.members.length > 1) return parent;
    if (err instanceof ValidationError)
      throw new NotFoundError(err.shortMessage, err.details, { cause: err });
    throw err;
  }
}

/** The days the subject's spans end on (capped at `asOf`), newest first, with how many pools cover each. */
function dayChoices(spans: readonly YieldPoolSpan[], asOf: Day | null): { day: Day; pools: number }[] {
  const ends = new Set(spans.map((s) => (asOf !== null && s.lastDay > asOf ? asOf : s.lastDay)));
  return [...ends]
    .sort((a, b) => b.localeCompare(a))
    .map((day) => ({
      day,
      pools: new Set(spans.filter((s) => s.firstDay <= day && s.lastDay >= day).map((s) => s.pool)).size,
    }));
}

/**
 * The newest day that shows at least half as many of the subject's pools as its best-covered day: a
 * snapshot of DEX pools only (one Linea pool on 2025-10-06) does not stand for a chain the full yields
 * export covers (92 Linea pools on 2025-04-10), while a subject's newest full day is still preferred.
 */
export function chooseDay(days: readonly { day: Day; pools: number }[]): Day | null {
  const most = days.reduce((m, d) => Math.max(m, d.pools), 0);
  return days.find((d) => d.pools * 2 >= most && d.pools > 0)?.day ?? null;
}
