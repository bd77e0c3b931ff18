import type { Sentiment } from '../../model/l2-risk.ts';

/** A data-availability committee: `threshold` of `members` signatures attest data (M-of-N). */
export type Dac = { members: number; threshold: number };

/**
 * L2BEAT's DAC rule (MODELS §4): the minimum honest members `h = N − M + 1`; bad when N < 6 or
 * `h / N > 1/3` (compared exactly, in integers: `3h > N`), else warning. An off-chain committee is never good.
 * @example dacSentiment({ members: 14, threshold: 10 }) // { minimumHonest: 5, sentiment: 'bad' }
 */
export function dacSentiment(dac: Dac): { minimumHonest: number; sentiment: Sentiment } {
  const minimumHonest = dac.members - dac.threshold + 1;
  const bad = dac.members < 6 || 3 * minimumHonest > dac.members;
  return { minimumHonest, sentiment: bad ? 'bad' : 'warning' };
}
