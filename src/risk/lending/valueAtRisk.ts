import type { AaveVersion, PositionBook } from '../../model/lending.ts';
import { compileBook, pathLoss } from './compiledBook.ts';
import { inlineLosses, type LossRunner, type RiskSummary, summarizeLosses } from './lossDistribution.ts';
import { type ShockModel, shockPaths } from './shockPaths.ts';

export type VarOptions = { paths: number; seed: number; version: AaveVersion };

/**
 * Gauntlet-style VaR and LaR of a book: `paths` correlated one-day shocks from the model (seeded), each
 * valued over every account; assets the model does not name stay still. Every figure is the increment
 * over the book at no move (reported as `baseline`), so a shortfall already in the input is not market risk.
 * `run` values the paths (on this thread by default; the app may spread them over worker threads).
 */
export async function valueAtRisk(
  book: PositionBook,
  model: ShockModel,
  options: VarOptions,
  run: LossRunner = inlineLosses,
): Promise<RiskSummary> {
  const compiled = compileBook(book);
  const losses = await run({
    book: compiled,
    multipliers: shockPaths(model, options.paths, options.seed),
    columns: Int32Array.from(compiled.assets.map((a) => model.assets.indexOf(a))),
    modelAssets: model.assets.length,
    version: options.version,
  });
  return summarizeLosses(
    losses,
    pathLoss(compiled, new Float64Array(compiled.assets.length).fill(1), options.version),
  );
}
