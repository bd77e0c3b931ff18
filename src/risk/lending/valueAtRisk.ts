import type { AaveVersion, PositionBook } from '../../model/lending.ts';
import { compileBook, pathLoss } from './compiledBook.ts';
import { type RiskSummary, summarizeLosses } from './lossDistribution.ts';
import { parallelLosses } from './parallelLosses.ts';
import { type ShockModel, shockPaths } from './shockPaths.ts';

export type VarOptions = { paths: number; seed: number; version: AaveVersion; workers: number };

/**
 * Gauntlet-style VaR and LaR of a book: `paths` correlated one-day shocks from the model (seeded), each
 * valued over every account; assets the model does not name stay still. Every figure is the increment
 * over the book at no move (reported as `baseline`), so a shortfall already in the input is not market risk.
 */
export async function valueAtRisk(
  book: PositionBook,
  model: ShockModel,
  options: VarOptions,
): Promise<RiskSummary> {
  const compiled = compileBook(book);
  const columns = Int32Array.from(compiled.assets.map((a) => model.assets.indexOf(a)));
  const multipliers = shockPaths(model, options.paths, options.seed);
  const losses = await parallelLosses(
    compiled,
    multipliers,
    columns,
    model.assets.length,
    options.version,
    options.workers,
  );
  return summarizeLosses(
    losses,
    pathLoss(compiled, new Float64Array(compiled.assets.length).fill(1), options.version),
  );
}
