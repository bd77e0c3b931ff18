// src/risk/lending/shockPaths.ts
import { ValidationError } from "../../core/errors.js";
import { seededNormal } from "../../core/seededRandom.js";
function cholesky(c) {
  const n = c.length;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = c[i]?.[j] ?? Number.NaN;
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 0))
          throw new ValidationError("the correlation matrix is not positive definite", {
            place: `row ${i + 1}`
          });
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + j] = sum / l[j * n + j];
    }
  }
  return l;
}
function shockPaths(model, paths, seed) {
  const n = model.assets.length;
  const l = cholesky(model.correlation);
  const normal = seededNormal(seed);
  const out = new Float64Array(paths * n);
  const z = new Float64Array(n);
  for (let p = 0; p < paths; p++) {
    for (let i = 0; i < n; i++) z[i] = normal();
    for (let i = 0; i < n; i++) {
      let x = 0;
      for (let k = 0; k <= i; k++) x += l[i * n + k] * z[k];
      out[p * n + i] = Math.exp(model.dailyVolatility[i] * x);
    }
  }
  return out;
}
export {
  cholesky,
  shockPaths
};
