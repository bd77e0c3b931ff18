import { btc, int, pct, usd } from '../format.ts';
import type { ViewCell, ViewColumn } from '../view.ts';

/** A cell as people read it: the column's unit decides the format; null shows as unknown. */
export function formatCell(value: ViewCell, column: ViewColumn): string {
  if (value === null) return column.unit === 'text' || column.unit === 'day' ? '' : 'unknown';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (column.unit) {
    case 'usd':
      return usd(value);
    case 'btc':
      return column.digits === undefined ? btc(value) : `${value.toFixed(column.digits)} BTC`;
    case 'eth':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: column.digits ?? 2, minimumFractionDigits: column.digits ?? 2 })} ETH`;
    case 'fraction':
      return pct(value, column.digits ?? 1);
    case 'count':
      return int(value);
    case 'number':
      return column.digits === undefined ? String(value) : value.toFixed(column.digits);
    default:
      return String(value);
  }
}
