/**
 * A non-negative decimal `units / 10^places`, exact: the value a number in an input file stands for, read
 * from its shortest decimal form (`String(x)`: "10.000001", "1e-7"), so 10.000001 is 10000001/10^6 and not
 * the binary double nearest to it.
 */
export interface Decimal {
  units: bigint;
  places: number;
}

const TEN = 10n;

/** 10^k as a bigint. */
export const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** The exact decimal a finite, non-negative number is written as; throws on anything else. */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`expected a finite number ≥ 0, got ${x}`);
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let units = BigInt(whole + fraction);
  let places = fraction.length - Number(exponent);
  if (places < 0) {
    units *= pow10(-places);
    places = 0;
  }
  return { units, places };
}

/** `d` in units of 10^-places (places at least `d.places`). */
export const unitsAt = (d: Decimal, places: number): bigint => d.units * pow10(places - d.places);

/** ⌈a / b⌉ for a ≥ 0, b > 0. */
export const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** `units / 10^places` written out exactly: 10000001n at 6 places is "10.000001". */
export function formatUnits(units: bigint, places: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0');
  if (places === 0) return sign + digits;
  const fraction = digits.slice(-places).replace(/0+$/, '');
  return sign + digits.slice(0, -places) + (fraction ? `.${fraction}` : '');
}

/** a / b (b > 0) as the double nearest to it, to within an ulp, for any size of a and b. */
export function quotient(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const negative = a < 0n;
  const n = negative ? -a : a;
  // 20 significant digits of n / b, then let the number parser place the decimal point.
  const shift = 20 - (n.toString().length - b.toString().length);
  const q = shift >= 0 ? (n * pow10(shift)) / b : n / (b * pow10(-shift));
  const value = Number(`${q}e${-shift}`);
  return negative ? -value : value;
}
