/** HHI bands of the 1997 US merger guidelines (MODELS §3). */
export type HhiBand = 'unconcentrated' | 'moderate' | 'high';

/** A market's concentration: shares as fractions of the total, HHI on 0..10,000. */
export type Concentration = {
  /** Participants with a positive value. */
  count: number;
  total: number;
  leader: { name: string; value: number; share: number } | null;
  hhi: number;
  band: HhiBand;
  /** Share of the three largest. */
  top3Share: number;
  /** Smallest number of participants holding more than 1/2 (majority). */
  nakamoto50: number;
  /** Smallest number of participants holding more than 1/3 (BFT halt). */
  nakamoto33: number;
  /** Every participant with a positive value, largest first, with its share. */
  participants: { name: string; value: number; share: number }[];
};

/** A market's concentration with what it measures: the shares' basis, source and date. */
export type MarketConcentration = Concentration & {
  market: string;
  /** What the shares are of (e.g. "protocol TVL, USD"). */
  basis: string;
  dataset: string;
  asOf: string;
};

/**
 * Herfindahl–Hirschman index of shares (fractions summing to 1): Σ (100·share)².
 * @example hhi([0.4, 0.3, 0.2, 0.1]) === 3000
 */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((sum, s) => sum + (100 * s) ** 2, 0);
}

/** < 1000 unconcentrated, 1000–1800 moderate, > 1800 high. */
export function hhiBand(index: number): HhiBand {
  return index < 1000 ? 'unconcentrated' : index <= 1800 ? 'moderate' : 'high';
}

/**
 * Nakamoto coefficient at θ: the smallest k whose k largest shares sum to more than θ.
 * @example nakamoto([0.25, 0.2, 0.15, 0.1, 0.09, 0.08, 0.07, 0.06], 1 / 2) === 3
 */
export function nakamoto(shares: readonly number[], theta: number): number {
  const sorted = [...shares].sort((a, b) => b - a);
  let sum = 0;
  for (const [i, s] of sorted.entries()) {
    sum += s;
    if (sum > theta + 1e-12) return i + 1;
  }
  return sorted.length;
}

/** Concentration of a market from its participants' values (non-positive values are left out). */
export function concentration(participants: readonly { name: string; value: number }[]): Concentration {
  const positive = participants.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  const total = positive.reduce((sum, p) => sum + p.value, 0);
  const shares = positive.map((p) => p.value / total);
  const index = total > 0 ? hhi(shares) : 0;
  const first = positive[0];
  return {
    count: positive.length,
    total,
    leader: first ? { name: first.name, value: first.value, share: first.value / total } : null,
    hhi: index,
    band: hhiBand(index),
    top3Share: shares.slice(0, 3).reduce((a, b) => a + b, 0),
    nakamoto50: nakamoto(shares, 1 / 2),
    nakamoto33: nakamoto(shares, 1 / 3),
    participants: positive.map((p, i) => ({ name: p.name, value: p.value, share: shares[i] as number })),
  };
}
