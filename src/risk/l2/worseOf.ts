import type { Sentiment } from '../../model/l2-risk.ts';

/** L2BEAT's order of sentiments, best first (MODELS §4). */
export const SENTIMENT_ORDER: readonly Sentiment[] = ['good', 'neutral', 'warning', 'bad', 'UnderReview'];

/**
 * The worse of sentiments: good < neutral < warning < bad < UnderReview (l2beat `pickWorseRisk`).
 * @example worseOf('warning', 'bad') === 'bad'
 */
export function worseOf(...sentiments: readonly Sentiment[]): Sentiment {
  return sentiments.reduce<Sentiment>(
    (worst, s) => (SENTIMENT_ORDER.indexOf(s) > SENTIMENT_ORDER.indexOf(worst) ? s : worst),
    'good',
  );
}
