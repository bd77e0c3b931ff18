import type { TvlSeries } from './tvlSeries.ts';

/**
 * The `faultline.tvl/v1` document: the subject, the rule applied, the unit and toggles, the series as
 * compact `[[day, value], ...]` pairs, the USD series when another unit was asked, DefiLlama's published
 * total where the data has one, and notes.
 */
export function tvlSeriesDocument(series: TvlSeries) {
  return {
    schema: 'faultline.tvl/v1',
    subject: series.subject.label,
    rule: series.rule,
    unit: series.request.denominate,
    toggles: series.request.toggles,
    points: series.points.map((p) => [p.day, p.value]),
    usd: series.request.denominate === 'usd' ? undefined : series.points.map((p) => [p.day, p.usd]),
    published: series.published.length > 0 ? series.published.map((p) => [p.day, p.value]) : undefined,
    notes: series.notes,
  };
}
