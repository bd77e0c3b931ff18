const UNITS = [
  ['y', 365 * 86_400],
  ['mo', 30 * 86_400],
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
] as const;

/**
 * Seconds as L2BEAT writes them (l2beat `packages/shared-pure/src/utils/formatSeconds.ts`, short units,
 * rounding down): the largest non-zero unit of y (365 d), mo (30 d), d, h, m, s and the next one when it is
 * not zero; 0 is `0s`. Whole seconds only (a fraction is dropped).
 * @example formatSeconds(2_592_000) === '1mo'; formatSeconds(5_443_200) === '2mo 3d'; formatSeconds(3_601) === '1h'
 */
export function formatSeconds(seconds: number): string {
  let rest = Math.trunc(Math.abs(seconds));
  const counts = UNITS.map(([unit, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [unit, n] as const;
  });
  const first = counts.findIndex(([, n]) => n > 0);
  if (first === -1) return '0s';
  const text = counts
    .slice(first, first + 2)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => `${n}${unit}`)
    .join(' ');
  return seconds < 0 ? `-${text}` : text;
}
