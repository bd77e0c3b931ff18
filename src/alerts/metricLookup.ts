import { chainScoreAt, protocolScoreAt } from '../analytics/scoreAt.ts';
import type { SustainabilityData } from '../analytics/sustainabilityData.ts';
import { watchlist } from '../analytics/watchlist.ts';
import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import { DEFAULT_WEIGHTS } from '../risk/sustainability/factors.ts';
import type { MetricLookup } from './evaluateRules.ts';

/**
 * Reads rule metrics from the store's data on `asOf`: scores with their drivers, a protocol's signal
 * (its factor's value), the watchlist's size. A protocol or chain the store does not know is unknown.
 */
export function metricLookup(data: SustainabilityData, asOf: Day): MetricLookup {
  return async (rule) => {
    if (rule.metric === 'watchlist.size')
      return { value: watchlist(data, asOf, DEFAULT_WEIGHTS).length, drivers: null };
    if (rule.metric === 'chain.score') {
      try {
        const s = await chainScoreAt(data, rule.subject as string, asOf);
        return { value: s.score, drivers: s.drivers };
      } catch (err) {
        if (err instanceof ValidationError) return null;
        throw err;
      }
    }
    let id: string;
    try {
      id = data.tvl.index.resolve(rule.subject as string).id;
    } catch (err) {
      if (err instanceof ValidationError) return null;
      throw err;
    }
    const s = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
    if (!s) return null;
    if (rule.metric === 'protocol.score') return { value: s.score, drivers: s.drivers };
    const factor = s.factors.find((f) => `protocol.${f.id}` === rule.metric);
    return factor?.value === null || factor === undefined
      ? null
      : { value: factor.value, drivers: s.drivers };
  };
}
