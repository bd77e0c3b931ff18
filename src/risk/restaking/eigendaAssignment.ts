import { ValidationError } from '../../core/errors.ts';
import type { EigenDaParams } from './eigenda.ts';

/** One quorum's operators: stake (any integer unit) by operator id. */
export type QuorumStakes = { quorum: number; stakes: ReadonlyMap<string, bigint> };

/** Chunk indices (0 .. c − 1) by operator id. */
export type ChunkAssignment = Map<string, number[]>;

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** The most chunks one operator gets for a blob: c / (1/γ), 8192/8 = 1,024 on mainnet. */
export function maxChunksPerOperator(p: EigenDaParams): number {
  return Math.floor(p.chunks / p.inverseCodingRate);
}

/**
 * One quorum's assignment (Layr-Labs/eigenda core/v2/assignment.go `GetAssignmentsForQuorum`): operators
 * in id order each get ⌈(c − n)·stake/total⌉ consecutive indices. More operators than n is an error, as
 * is a quorum with none or with no stake.
 */
export function assignmentsForQuorum(
  q: QuorumStakes,
  p: EigenDaParams,
): { assignment: ChunkAssignment; ordered: string[] } {
  const ordered = [...q.stakes.keys()].sort();
  if (ordered.length === 0)
    throw new ValidationError(`no operators found for quorum ${q.quorum}`, { field: 'stakes' });
  if (ordered.length > p.maxOperators)
    throw new ValidationError(
      `too many operators for quorum ${q.quorum}: ${ordered.length} > ${p.maxOperators}`,
      { field: 'stakes' },
    );
  let total = 0n;
  for (const s of q.stakes.values()) total += s;
  if (total <= 0n)
    throw new ValidationError(`the stakes of quorum ${q.quorum} sum to zero`, { field: 'stakes' });
  const effective = BigInt(p.chunks - p.maxOperators);
  const assignment: ChunkAssignment = new Map();
  let offset = 0;
  for (const id of ordered) {
    const count = Number(ceilDiv(effective * (q.stakes.get(id) ?? 0n), total));
    assignment.set(
      id,
      Array.from({ length: count }, (_, j) => offset + j),
    );
    offset += count;
  }
  return { assignment, ordered };
}

/**
 * A further quorum's assignment overlapping the first as much as it can (`AddAssignmentsForQuorum`): each
 * operator keeps as many of its first-quorum indices as it needs, then takes the lowest unused ones.
 */
export function addAssignmentsForQuorum(
  base: ChunkAssignment,
  q: QuorumStakes,
  p: EigenDaParams,
): ChunkAssignment {
  const { assignment: own, ordered } = assignmentsForQuorum(q, p);
  const used = new Set<number>();
  const next: ChunkAssignment = new Map();
  for (const id of ordered) {
    const previous = base.get(id);
    const kept = previous ? previous.slice(0, Math.min(own.get(id)?.length ?? 0, previous.length)) : [];
    for (const i of kept) used.add(i);
    next.set(id, kept);
  }
  const available: number[] = [];
  for (let i = 0; i < p.chunks; i++) if (!used.has(i)) available.push(i);
  let from = 0;
  for (const id of ordered) {
    const indices = next.get(id) as number[];
    const missing = (own.get(id)?.length ?? 0) - indices.length;
    if (missing > 0) {
      indices.push(...available.slice(from, from + missing));
      from += missing;
    }
  }
  return next;
}

/**
 * The union of each operator's indices over the quorums, capped at `maxChunksPerOperator`: past that an
 * operator can rebuild the blob alone, so more chunks add nothing (`MergeAssignmentsAndCap`).
 */
export function mergeAssignmentsAndCap(assignments: ChunkAssignment[], p: EigenDaParams): ChunkAssignment {
  const cap = maxChunksPerOperator(p);
  const merged: ChunkAssignment = new Map();
  const seen = new Map<string, Set<number>>();
  for (const assignment of assignments)
    for (const [id, indices] of assignment) {
      const have = merged.get(id);
      if (!have) {
        const first = indices.slice(0, cap);
        merged.set(id, first);
        seen.set(id, new Set(first));
        continue;
      }
      const set = seen.get(id) as Set<number>;
      for (const i of indices) {
        if (have.length >= cap) break;
        if (set.has(i)) continue;
        have.push(i);
        set.add(i);
      }
    }
  return merged;
}

/**
 * The chunks each operator stores for a blob dispersed to `quorums` (`GetAssignmentsForBlob`, EigenDA v2):
 * quorums in ascending order, each overlapped with the first, merged and capped.
 * @example blobAssignment([{ quorum: 0, stakes: new Map([['a', 1n]]) }], EIGENDA_MAINNET).get('a')?.length // 1024
 */
export function blobAssignment(quorums: QuorumStakes[], p: EigenDaParams): ChunkAssignment {
  const sorted = [...quorums].sort((a, b) => a.quorum - b.quorum);
  const first = sorted[0];
  if (!first) throw new ValidationError('a blob needs at least one quorum', { field: 'quorums' });
  const base = assignmentsForQuorum(first, p).assignment;
  const list = [base, ...sorted.slice(1).map((q) => addAssignmentsForQuorum(base, q, p))];
  return mergeAssignmentsAndCap(list, p);
}
