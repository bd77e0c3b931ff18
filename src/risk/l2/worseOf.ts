import { SENTIMENTS, type Sentiment } from '../../model/l2-risk.ts';

/**
 * The worse of sentiments: good < neutral < warning < bad < UnderReview (l2beat `pickWorseRisk`).
 * @example worseOf('warning', 'bad') === 'bad'
 */
export function worseOf(...sentiments: readonly Sentiment[]): Sentiment {
  return sentiments.reduce<Sentiment>(
    (worst, s) => (SENTIMENTS.indexOf(s) > SENTIMENTS.indexOf(worst) ? s : worst),
    'good',
  );
}
