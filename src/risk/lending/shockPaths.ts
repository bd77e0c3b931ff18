import { ValidationError } from '../../core/errors.ts';
import { seededNormal } from '../../core/seededRandom.ts';

/** One-day price moves: per asset a daily volatility (fraction) and a correlation matrix between assets. */
export type ShockModel = {
  assets: string[];
  dailyVolatility: number[];
  /** Row-major, assets × assets, ones on the diagonal. */
  correlation: number[][];
};

/** The lower Cholesky factor L of a correlation matrix (L·Lᵀ = C); refuses a matrix that is not positive definite. */
export function cholesky(c: number[][]): Float64Array {
  const n = c.length;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = c[i]?.[j] ?? Number.NaN;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > 0))
          throw new ValidationError('the correlation matrix is not positive definite', {
            place: `row ${i + 1}`,
          });
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + j] = sum / (l[j * n + j] as number);
    }
  }
  return l;
}

/**
 * `paths` correlated one-day price multipliers (paths × assets, row-major): log-normal moves
 * m = exp(σ·x) with x = L·z, z standard normal from a seeded stream, so the same seed gives the same
 * paths whatever runs them.
 */
export function shockPaths(model: ShockModel, paths: number, seed: number): Float64Array {
  const n = model.assets.length;
  const l = cholesky(model.correlation);
  const normal = seededNormal(seed);
  const out = new Float64Array(paths * n);
  const z = new Float64Array(n);
  for (let p = 0; p < paths; p++) {
    for (let i = 0; i < n; i++) z[i] = normal();
    for (let i = 0; i < n; i++) {
      let x = 0;
      for (let k = 0; k <= i; k++) x += (l[i * n + k] as number) * (z[k] as number);
      out[p * n + i] = Math.exp((model.dailyVolatility[i] as number) * x);
    }
  }
  return out;
}
