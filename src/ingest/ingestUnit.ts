import type { Day } from '../core/day.ts';
import type { GetJsonOptions } from '../sources/http/httpClient.ts';
import type { IngestCheckpoint, Store, UnitCommit } from '../store/store.ts';

/** What a unit of work gets: the store (reached one call at a time), its checkpoint and the run's days. */
export type UnitContext = {
  /** Runs store reads alone: fetches overlap, these store calls never do. */
  exclusive<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Commits the unit in its own transaction (commits of different units may overlap). */
  commit(commit: UnitCommit): Promise<void>;
  checkpoint: IngestCheckpoint | undefined;
  /** The last day this run stores (UTC). */
  until: Day;
  /** The first day this run stores, when limited (`--since`). */
  since: Day | null;
  /** A series with no new day for this many days is flagged stale. */
  staleDays: number;
};

/** What a unit did: whether it wrote, how many new points it stored, and how many it flagged. */
export type UnitOutcome = {
  status: 'written' | 'unchanged' | 'not-modified';
  bytes: number;
  newPoints: number;
  /** Points stored but kept out of default totals. */
  excluded: number;
  /** Warnings raised (points kept). */
  warnings: number;
};

/** One unit of work: one request (or a few) and one transaction. */
export type IngestUnit = { id: string; run(ctx: UnitContext): Promise<UnitOutcome> };

/** An outcome with nothing new. */
export const UNCHANGED: UnitOutcome = {
  status: 'unchanged',
  bytes: 0,
  newPoints: 0,
  excluded: 0,
  warnings: 0,
};

/**
 * The conditional-request options for a unit's stored validators. A 304 means "what you stored is
 * current" only if the run that stored it kept every day it was given that this run wants: when that
 * run stopped at an earlier `until` while the source already had later days, the request goes out
 * unconditionally (none before the unit's first success either).
 */
export function storedValidators(ctx: UnitContext): GetJsonOptions {
  const c = ctx.checkpoint;
  if (!c) return {};
  const wanted = c.newestDay !== null && c.newestDay < ctx.until ? c.newestDay : ctx.until;
  if (wanted > c.targetDay) return {};
  return { validators: { etag: c.etag, lastModified: c.lastModified } };
}

/**
 * The checkpoint a unit leaves when it finishes for this run's day: the validators of the answer it
 * got, the newest day the source had (kept from the last checkpoint until the answer says otherwise).
 */
export function checkpointOf(
  source: string,
  unit: string,
  ctx: UnitContext,
  validators: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null },
): IngestCheckpoint {
  return {
    source,
    unit,
    targetDay: ctx.until,
    newestDay: ctx.checkpoint?.newestDay ?? null,
    etag: validators.etag,
    lastModified: validators.lastModified,
    contentSha256: ctx.checkpoint?.contentSha256 ?? null,
  };
}

/** A 304 answer: nothing to store; the checkpoint moves to this run's day (once). */
export async function recordNotModified(
  ctx: UnitContext,
  checkpoint: IngestCheckpoint,
): Promise<UnitOutcome> {
  if (ctx.checkpoint?.targetDay !== ctx.until) await ctx.commit({ checkpoint, flags: [] });
  return { ...UNCHANGED, status: 'not-modified' };
}
