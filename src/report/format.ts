/** Formatting of figures for people: every number carries its unit. */

/** @example usd(358718599) === '$358.7M'; usd(null) === 'unknown' */
export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'unknown';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e12) return `${sign}$${(abs / 1e12).toFixed(2)}T`;
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${sign}$${(abs / 1e3).toFixed(1)}k`;
  return `${sign}$${abs.toFixed(0)}`;
}

/** A fraction as a percentage. @example pct(0.9816) === '98.2%'; pct(null) === 'unknown' */
export function pct(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return 'unknown';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** @example btc(91332.4) === '91,332 BTC' */
export function btc(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'unknown';
  return `${Math.round(value).toLocaleString('en-US')} BTC`;
}

/** @example int(1580.2) === '1,580' */
export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** The L2 share of a month as a reader should take it: a lower bound when L2s are missing. */
export function shareText(share: number | null, partial: boolean, l2sKnown = 1): string {
  if (l2sKnown === 0) return 'unknown (no L2 figure)';
  if (share === null) return 'unknown (no Ethereum figure)';
  return partial ? `≥ ${pct(share)}` : pct(share);
}
