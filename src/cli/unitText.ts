import type { Denomination } from '../analytics/denominate.ts';
import { usd } from '../report/format.ts';

/** A figure in its unit: `$1.2M`, `412.5 ETH`, `3.21 BTC`; null is `unpriced`. */
export function unitText(value: number | null, unit: Denomination): string {
  if (value === null) return 'unpriced';
  if (unit === 'usd') return usd(value);
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit.toUpperCase()}`;
}
