// src/risk/lending/parallelLosses.ts
import { Worker } from "node:worker_threads";
import { lossesOnPaths } from "./lossDistribution.js";
var WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./lossWorker.ts", import.meta.url).href)}); })`;
function shared(a) {
  const Ctor = a.constructor;
  const copy = new Ctor(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
}
async function parallelLosses(book, multipliers, columns, modelAssets, version, workers) {
  const paths = multipliers.length / modelAssets;
  if (workers <= 1) {
    const out2 = {
      insolvency: new Float64Array(paths),
      liquidatableDebt: new Float64Array(paths),
      liquidated: new Float64Array(paths)
    };
    lossesOnPaths(book, multipliers, columns, modelAssets, version, 0, paths, out2);
    return out2;
  }
  const out = {
    insolvency: new Float64Array(new SharedArrayBuffer(paths * 8)),
    liquidatableDebt: new Float64Array(new SharedArrayBuffer(paths * 8)),
    liquidated: new Float64Array(new SharedArrayBuffer(paths * 8))
  };
  const base = {
    start: shared(book.start),
    asset: shared(book.asset),
    weighted: shared(book.weighted),
    collateral: shared(book.collateral),
    debt: shared(book.debt),
    bonus: shared(book.bonus),
    multipliers: shared(multipliers),
    columns: shared(columns),
    modelAssets,
    version,
    ...out
  };
  const block = Math.ceil(paths / workers);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const task = { ...base, from: w * block, to: Math.min(paths, (w + 1) * block) };
      return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER_BOOT, { eval: true, workerData: task });
        worker.once("message", () => resolve());
        worker.once("error", reject);
        worker.once(
          "exit",
          (code) => code === 0 ? resolve() : reject(new Error(`loss worker exited with code ${code}`))
        );
      });
    })
  );
  return out;
}
export {
  parallelLosses
};
