/** $1.23B, $456.7M, $12.3k: a USD amount in words a reader scans. */
export function usd(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'unknown';
  const a = Math.abs(x);
  const [d, s] = a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e3 ? [1e3, 'k'] : [1, ''];
  return `${x < 0 ? '−' : ''}$${(a / d).toFixed(a >= 1e3 ? 2 : 0)}${s}`;
}

/** An amount in a unit: USD in words, ETH and BTC with their symbol. */
export function amount(x: number | null | undefined, unit: string): string {
  if (unit === 'usd') return usd(x);
  if (x === null || x === undefined || !Number.isFinite(x)) return 'unknown';
  return `${x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 2 })} ${unit.toUpperCase()}`;
}

/** 12.3% */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'unknown' : `${(x * 100).toFixed(digits)}%`;
}

/** Days since 1970-01-01 UTC as seconds (uPlot's x axis), from YYYY-MM-DD. */
export const daySeconds = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

/** +$1.23M / −$4.5k: a USD change, its sign always shown (an increment over a baseline). */
export function usdChange(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'unknown';
  return x < 0 ? usd(x) : `+${usd(x)}`;
}

/** +12 / −3: a change in a count, its sign always shown. */
export function countChange(x: number): string {
  return x < 0 ? `−${-x}` : `+${x}`;
}

/** An amount in a restaking network's own unit (ETH, USD, ...), or marked as the file's unit when it names none. */
export function inUnit(x: number | null | undefined, unit: string | null): string {
  if (unit === null)
    return x === null || x === undefined || !Number.isFinite(x)
      ? 'unknown'
      : `${x.toLocaleString('en-US', { maximumFractionDigits: 2 })} (file unit)`;
  return amount(x, unit.toLowerCase());
}
