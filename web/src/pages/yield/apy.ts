/** An APY as DefiLlama gives it, in percent a year (4.5 is 4.5%): `4.50%`; null is unknown, never 0%. */
export function apy(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'unknown' : `${x.toFixed(2)}%`;
}
