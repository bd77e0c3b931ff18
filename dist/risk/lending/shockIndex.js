// src/risk/lending/shockIndex.ts
import { ValidationError } from "../../core/errors.js";
import { CLOSE_FACTOR_HF_THRESHOLD, MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD } from "./liquidation.js";
var EMPTY = [0, 0];
function below(g0, g1) {
  if (g1 > 0) return [0, -g0 / g1];
  if (g1 < 0) return [Math.max(0, -g0 / g1), Number.POSITIVE_INFINITY];
  return g0 < 0 ? [0, Number.POSITIVE_INFINITY] : EMPTY;
}
function meet(...parts) {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (const [l, h] of parts) {
    lo = Math.max(lo, l);
    hi = Math.min(hi, h);
  }
  return lo < hi ? [lo, hi] : EMPTY;
}
var PiecewiseSum = class {
  keys = new Float64Array(1024);
  a = new Float64Array(1024);
  b = new Float64Array(1024);
  size = 0;
  baseA = 0;
  baseB = 0;
  sorted = new Float64Array(0);
  cumA = new Float64Array(1);
  cumB = new Float64Array(1);
  add([lo, hi], a, b) {
    if (!(lo < hi) || a === 0 && b === 0) return;
    if (lo <= 0) {
      this.baseA += a;
      this.baseB += b;
    } else this.push(lo, a, b);
    if (hi < Number.POSITIVE_INFINITY) this.push(hi, -a, -b);
  }
  push(key, a, b) {
    if (this.size === this.keys.length) {
      const grow = (x) => {
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
  seal() {
    const keys = this.keys.subarray(0, this.size);
    this.sorted = Float64Array.from(keys).sort();
    const dA = new Float64Array(this.size);
    const dB = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const r = lowerBound(this.sorted, keys[i]);
      dA[r] = dA[r] + this.a[i];
      dB[r] = dB[r] + this.b[i];
    }
    this.cumA = new Float64Array(this.size + 1);
    this.cumB = new Float64Array(this.size + 1);
    for (let i = 0; i < this.size; i++) {
      this.cumA[i + 1] = this.cumA[i] + dA[i];
      this.cumB[i + 1] = this.cumB[i] + dB[i];
    }
    this.keys = new Float64Array(0);
    this.a = new Float64Array(0);
    this.b = new Float64Array(0);
  }
  at(m) {
    const k = upperBound(this.sorted, m);
    return this.baseA + this.cumA[k] + (this.baseB + this.cumB[k]) * m;
  }
  get breakpoints() {
    return this.sorted.length;
  }
};
function lowerBound(xs, x) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(xs, x) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function buildShockIndex(book, asset, version) {
  const target = book.assets.indexOf(asset);
  if (target < 0) throw new ValidationError(`no position holds ${asset}`, { field: "asset" });
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
    for (let e = book.start[i], end = book.start[i + 1]; e < end; e++) {
      if (book.asset[e] === target) {
        w1 += book.weighted[e];
        c1 += book.collateral[e];
        d1 += book.debt[e];
      } else {
        w0 += book.weighted[e];
        c0 += book.collateral[e];
        d0 += book.debt[e];
      }
    }
    insolvency.add(below(c0 - d0, c1 - d1), d0 - c0, d1 - c1);
    const liq = below(w0 - d0, w1 - d1);
    liquidatable.add(liq, d0, d1);
    const bonus = book.bonus[i];
    const capped = (region, factor) => {
      const cb = factor * bonus;
      const collateralBinds = below(c0 - cb * d0, c1 - cb * d1);
      liquidated.add(meet(region, collateralBinds), c0, c1);
      liquidated.add(meet(region, below(cb * d0 - c0, cb * d1 - c1)), cb * d0, cb * d1);
    };
    const aboveThreshold = below(t * d0 - w0, t * d1 - w1);
    const half = version === "3.0" ? meet(liq, aboveThreshold) : meet(liq, aboveThreshold, below(min - c0, -c1), below(min - d0, -d1));
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
      liquidated: liquidated.at(m)
    })
  };
}
export {
  buildShockIndex
};
