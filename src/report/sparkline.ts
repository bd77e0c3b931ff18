const BARS = '▁▂▃▄▅▆▇█';

/**
 * A one-line chart of a series, scaled from its minimum to its maximum; at most `width` characters
 * (longer series are sampled evenly, the last point always kept).
 * @example sparkline([1, 2, 3, 8]) === '▁▂▃█'
 */
export function sparkline(values: readonly number[], width = 24): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return '';
  const sampled =
    finite.length <= width
      ? finite
      : Array.from(
          { length: width },
          (_, i) => finite[Math.round((i * (finite.length - 1)) / (width - 1))] as number,
        );
  const min = Math.min(...sampled);
  const max = Math.max(...sampled);
  return sampled
    .map((v) => BARS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (BARS.length - 1))])
    .join('');
}
