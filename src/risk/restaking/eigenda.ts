import { assignmentsForQuorum, blobAssignment, type QuorumStakes } from './eigendaAssignment.ts';

/**
 * EigenDA's erasure-coding thresholds (MODELS §6; Layr-Labs/eigenda docs/spec protocol/architecture):
 * a blob is coded into c chunks at rate γ, operator i with stake share η_i holds ⌈η_i·(c − n)⌉ chunks,
 * capped per blob at c·γ (core/v2 `MergeAssignmentsAndCap`), any set of operators holding
 * r = c/(c − n)·γ of stake can rebuild it. All arithmetic is on exact fractions, so the vector's boundary
 * (819,280 ≥ 819,200) is decided exactly.
 */
export interface EigenDaParams {
  /** n: the most operators a quorum can have. */
  maxOperators: number;
  /** c: chunks per blob. */
  chunks: number;
  /** 1/γ: the coding ratio's inverse (8 on mainnet). */
  inverseCodingRate: number;
}

/** Mainnet: n = 3537, c = 8192, γ = 1/8. */
export const EIGENDA_MAINNET: EigenDaParams = { maxOperators: 3537, chunks: 8192, inverseCodingRate: 8 };

/** An exact non-negative fraction. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

/** A decimal text ("0.55", "33", "1e-3") as an exact fraction; refuses anything else. */
export function parseDecimal(text: string): Fraction {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a non-negative decimal number`);
  const digits = BigInt(`${m[1]}${m[2] ?? ''}`);
  const exponent = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  return exponent >= 0
    ? { n: digits * 10n ** BigInt(exponent), d: 1n }
    : { n: digits, d: 10n ** BigInt(-exponent) };
}

const toNumber = (f: Fraction) => Number(f.n) / Number(f.d);

/** r = c / ((c − n)·(1/γ)). */
export function reconstructionThreshold(p: EigenDaParams = EIGENDA_MAINNET): Fraction {
  return { n: BigInt(p.chunks), d: BigInt(p.chunks - p.maxOperators) * BigInt(p.inverseCodingRate) };
}

/** Safety holds when ConfirmationThreshold − AdversaryThreshold ≥ r (thresholds as fractions of stake). */
export function isSafe(
  confirmation: Fraction,
  adversary: Fraction,
  p: EigenDaParams = EIGENDA_MAINNET,
): boolean {
  const r = reconstructionThreshold(p);
  // (CT − AT) ≥ r  ⇔  (CT.n·AT.d − AT.n·CT.d)·r.d ≥ r.n·CT.d·AT.d
  const gapN = confirmation.n * adversary.d - adversary.n * confirmation.d;
  return gapN * r.d >= r.n * confirmation.d * adversary.d;
}

/** Exact stakes as one quorum (0) of integer stakes on one denominator, keyed so id order is input order. */
function asQuorum(stakes: Fraction[]): QuorumStakes {
  const d = stakes.reduce((acc, s) => acc * s.d, 1n);
  const width = String(stakes.length).length;
  return {
    quorum: 0,
    stakes: new Map(stakes.map((s, i) => [String(i).padStart(width, '0'), (s.n * d) / s.d])),
  };
}

/**
 * Chunks per operator in one quorum: ⌈η_i·(c − n)⌉ with η_i = stake_i / Σ stake (core/v2
 * `GetAssignmentsForQuorum`); more than n operators is an error ("too many operators for quorum").
 */
export function chunkAssignment(stakes: Fraction[], p: EigenDaParams = EIGENDA_MAINNET): number[] {
  const q = asQuorum(stakes);
  const { assignment, ordered } = assignmentsForQuorum(q, p);
  return ordered.map((id) => assignment.get(id)?.length ?? 0);
}

/** Chunks each operator stores for a blob on one quorum: the quorum's assignment capped at c·γ (1,024). */
export function blobChunks(stakes: Fraction[], p: EigenDaParams = EIGENDA_MAINNET): number[] {
  const q = asQuorum(stakes);
  const merged = blobAssignment([q], p);
  return [...q.stakes.keys()].map((id) => merged.get(id)?.length ?? 0);
}

export interface DaVerdict {
  reconstructionThreshold: number;
  confirmationThreshold: number;
  adversaryThreshold: number;
  safe: boolean;
  /** 1 − CT: the stake that, by not signing, stops blobs from being confirmed. */
  livenessThreshold: number;
  /** Chunks each operator stores for a blob on this quorum, in input order: ⌈η_i·(c − n)⌉ capped at c·γ. */
  chunks: number[];
  /** The fewest largest operators whose stake exceeds CT − r: withholding their chunks loses confirmed data. */
  breakSafety: { operators: number; share: number } | null;
  /** The fewest largest operators whose stake exceeds 1 − CT: by not signing they halt confirmation. */
  breakLiveness: { operators: number; share: number } | null;
}

/** The fewest of the largest shares whose sum exceeds `over`; null when even all of them do not. */
function fewestAbove(shares: Fraction[], over: Fraction): { operators: number; share: number } | null {
  const d = shares.reduce((acc, s) => acc * s.d, 1n) * over.d;
  const scaled = shares.map((s) => (s.n * d) / s.d).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const total = scaled.reduce((a, b) => a + b, 0n);
  const limit = (over.n * d) / over.d;
  let sum = 0n;
  for (let i = 0; i < scaled.length; i++) {
    sum += scaled[i] as bigint;
    // sum/total > over  ⇔  sum·over.d > over.n·total (compared through d to stay exact)
    if (sum * d > limit * total) return { operators: i + 1, share: Number(sum) / Number(total) };
  }
  return null;
}

/** The whole EigenDA view of `faultline da eigenda`. */
export function eigenDaVerdict(
  confirmation: Fraction,
  adversary: Fraction,
  stakes: Fraction[],
  p: EigenDaParams = EIGENDA_MAINNET,
): DaVerdict {
  const r = reconstructionThreshold(p);
  const margin: Fraction = {
    n: confirmation.n * r.d - r.n * confirmation.d,
    d: confirmation.d * r.d,
  };
  const liveness: Fraction = { n: confirmation.d - confirmation.n, d: confirmation.d };
  const withStakes = stakes.length > 0;
  return {
    reconstructionThreshold: toNumber(r),
    confirmationThreshold: toNumber(confirmation),
    adversaryThreshold: toNumber(adversary),
    safe: isSafe(confirmation, adversary, p),
    livenessThreshold: toNumber(liveness),
    chunks: withStakes ? blobChunks(stakes, p) : [],
    breakSafety: !withStakes
      ? null
      : margin.n < 0n
        ? { operators: 0, share: 0 }
        : fewestAbove(stakes, margin),
    breakLiveness: withStakes ? fewestAbove(stakes, liveness) : null,
  };
}
