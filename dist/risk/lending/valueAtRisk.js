// src/risk/lending/valueAtRisk.ts
import { compileBook } from "./compiledBook.js";
import { summarizeLosses } from "./lossDistribution.js";
import { parallelLosses } from "./parallelLosses.js";
import { shockPaths } from "./shockPaths.js";
async function valueAtRisk(book, model, options) {
  const compiled = compileBook(book);
  const columns = Int32Array.from(compiled.assets.map((a) => model.assets.indexOf(a)));
  const multipliers = shockPaths(model, options.paths, options.seed);
  const losses = await parallelLosses(
    compiled,
    multipliers,
    columns,
    model.assets.length,
    options.version,
    options.workers
  );
  return summarizeLosses(losses);
}
export {
  valueAtRisk
};
