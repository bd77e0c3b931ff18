import { ValidationError } from '../../core/errors.ts';
import type { AaveVersion } from '../../model/lending.ts';
import type { CompiledBook, PathLoss } from './compiledBook.ts';
import { CLOSE_FACTOR_HF_THRESHOLD, MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD } from './liquidation.ts';

type Interval = readonly [lo: number, hi: number];
const EMPTY: Interval = [0, 0];

/** Where g0 + g1·m < 0 for a price multiplier m ≥ 0. */
function below(g0: number, g1: number): Interval {
  if (g1 > 0) return [0, -g0 / g1];
  if (g1 < 0) return [Math.max(0, -g0 / g1), Number.POSITIVE_INFINITY];
  return g0 < 0 ? [0, Number.POSITIVE_INFINITY] : EMPTY;
}

function meet(...parts: Interval[]): Interval {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (const [l, h] of parts) {
    lo = Math.max(lo, l);
    hi = Math.min(hi, h);
  }
  return lo < hi ? [lo, hi] : EMPTY;
}

/** A piecewise-linear function of m built from pieces a + b·m on [lo, hi), answered in O(log n). */
class PiecewiseSum {
  private keys = new Float64Array(1024);
  private a = new Float64Array(1024);
  private b = new Float64Array(1024);
  private size = 0;
  private baseA = 0;
  private baseB = 0;
  private sorted = new Float64Array(0);
  private cumA = new Float64Array(1);
  private cumB = new Float64Array(1);

  add([lo, hi]: Interval, a: number, b: number): void {
    if (!(lo < hi) || (a === 0 && b === 0)) return;
    if (lo <= 0) {
      this.baseA += a;
      this.baseB += b;
    } else this.push(lo, a, b);
    if (hi < Number.POSITIVE_INFINITY) this.push(hi, -a, -b);
  }

  private push(key: number, a: number, b: number): void {
    if (this.size === this.keys.length) {
      const grow = (x: Float64Array) => {
        const y = new Float64Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.keys = grow(this.keys);
      this.a = grow(this.a);
      this.b = grow(this.b);
    }
    this.keys[this.size] = key;
    this.a[this.size] = a;
    this.b[this.size] = b;
    this.size++;
  }

  /** Sorts the breakpoints and builds the prefix sums. */
  seal(): void {
    const keys = this.keys.subarray(0, this.size);
    this.sorted = Float64Array.from(keys).sort();
    const dA = new Float64Array(this.size);
    const dB = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const r = lowerBound(this.sorted, keys[i] as number);
      dA[r] = (dA[r] as number) + (this.a[i] as number);
      dB[r] = (dB[r] as number) + (this.b[i] as number);
    }
    this.cumA = new Float64Array(this.size + 1);
    this.cumB = new Float64Array(this.size + 1);
    for (let i = 0; i < this.size; i++) {
      this.cumA[i + 1] = (this.cumA[i] as number) + (dA[i] as number);
      this.cumB[i + 1] = (this.cumB[i] as number) + (dB[i] as number);
    }
    this.keys = new Float64Array(0);
    this.a = new Float64Array(0);
    this.b = new Float64Array(0);
  }

  at(m: number): number {
    const k = upperBound(this.sorted, m);
    return this.baseA + (this.cumA[k] as number) + (this.baseB + (this.cumB[k] as number)) * m;
  }

  get breakpoints(): number {
    return this.sorted.length;
  }
}

function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Book-wide losses as a function of one asset's price multiplier, each answer in O(log n). */
export type ShockIndex = {
  asset: string;
  /** Breakpoints stored across the three measures. */
  breakpoints: number;
  at(multiplier: number): PathLoss;
};

/**
 * Orders every account by the prices at which it becomes liquidatable, insolvent, fully closable or
 * collateral-capped when only `asset` moves (MODELS §7's algorithmic note): each account's losses are
 * piecewise linear in the price, so the book's are too, and prefix sums over the sorted breakpoints
 * answer any path in O(log n). Agrees with `pathLoss` at every multiplier off the breakpoints.
 */
export function buildShockIndex(book: CompiledBook, asset: string, version: AaveVersion): ShockIndex {
  const target = book.assets.indexOf(asset);
  if (target < 0) throw new ValidationError(`no position holds ${asset}`, { field: 'asset' });
  const insolvency = new PiecewiseSum();
  const liquidatable = new PiecewiseSum();
  const liquidated = new PiecewiseSum();
  const n = book.start.length - 1;
  const t = CLOSE_FACTOR_HF_THRESHOLD;
  const min = MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD;
  for (let i = 0; i < n; i++) {
    let w0 = 0;
    let w1 = 0;
    let c0 = 0;
    let c1 = 0;
    let d0 = 0;
    let d1 = 0;
    for (let e = book.start[i] as number, end = book.start[i + 1] as number; e < end; e++) {
      if (book.asset[e] === target) {
        w1 += book.weighted[e] as number;
        c1 += book.collateral[e] as number;
        d1 += book.debt[e] as number;
      } else {
        w0 += book.weighted[e] as number;
        c0 += book.collateral[e] as number;
        d0 += book.debt[e] as number;
      }
    }
    insolvency.add(below(c0 - d0, c1 - d1), d0 - c0, d1 - c1);
    const liq = below(w0 - d0, w1 - d1);
    liquidatable.add(liq, d0, d1);
    const bonus = book.bonus[i] as number;
    const capped = (region: Interval, factor: number) => {
      const cb = factor * bonus;
      const collateralBinds = below(c0 - cb * d0, c1 - cb * d1);
      liquidated.add(meet(region, collateralBinds), c0, c1);
      liquidated.add(meet(region, below(cb * d0 - c0, cb * d1 - c1)), cb * d0, cb * d1);
    };
    const aboveThreshold = below(t * d0 - w0, t * d1 - w1);
    const half =
      version === '3.0'
        ? meet(liq, aboveThreshold)
        : meet(liq, aboveThreshold, below(min - c0, -c1), below(min - d0, -d1));
    if (half === EMPTY) capped(liq, 1);
    else {
      capped(half, 0.5);
      capped(meet(liq, [0, half[0]]), 1);
      capped(meet(liq, [half[1], Number.POSITIVE_INFINITY]), 1);
    }
  }
  for (const s of [insolvency, liquidatable, liquidated]) s.seal();
  return {
    asset,
    breakpoints: insolvency.breakpoints + liquidatable.breakpoints + liquidated.breakpoints,
    at: (m) => ({
      insolvency: insolvency.at(m),
      liquidatableDebt: liquidatable.at(m),
      liquidated: liquidated.at(m),
    }),
  };
}
