import type { Highs } from 'highs';
import * as highsModule from 'highs';
import { FaultlineError } from '../../core/errors.ts';

export type { Highs };

/** The solver used up its time budget before it could prove the verdict. */
export class SolverTimeout extends FaultlineError {
  override name = 'SolverTimeout';
  override readonly code = 'SOLVER_TIMEOUT';
  constructor(seconds: number) {
    super(`the exact check did not finish within ${seconds} s: raise --time-limit`);
  }
}
let solver: Promise<Highs> | undefined;

/**
 * HiGHS compiled to WebAssembly, loaded once per process. (The package's types describe a CommonJS
 * default export; its ES module build exports the loader as `default`.)
 */
export function loadSolver(): Promise<Highs> {
  solver ??= (highsModule.default as unknown as () => Promise<Highs>)();
  return solver;
}

/** A 0/1 program: maximise `cost·x` subject to `lower ≤ A·x ≤ upper`, every x binary unless relaxed. */
export interface BinaryProgram {
  numCols: number;
  cost: Float64Array;
  /** Fixed columns: `colLower`/`colUpper` of 0 or 1; omitted means free in {0, 1}. */
  colLower?: Float64Array;
  colUpper?: Float64Array;
  /** Columns marked 1 are continuous in [colLower, colUpper] (a relaxation); omitted means none. */
  continuous?: Uint8Array;
  rows: Rows;
}

/** The rows of a program, added one at a time and kept in CSR form. */
export class Rows {
  readonly start = [0];
  readonly index: number[] = [];
  readonly value: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];

  /** Adds `lower ≤ Σ a·x_j ≤ upper` for the `[j, a]` entries. */
  add(entries: Iterable<[number, number]>, lower: number, upper: number): void {
    for (const [j, a] of entries) {
      this.index.push(j);
      this.value.push(a);
    }
    this.start.push(this.index.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }
}

export interface BinarySolution {
  /**
   * `optimal`: the search finished, exactly or within `relativeGap` (`bound` is what it proved); `time limit`
   * returns the best solution found so far (a lower bound);
   * `above target` means a solution better than `stopAbove` was found and the search stopped there;
   * `node limit` returns the best solution found within `nodeLimit` nodes. A limit reached before any
   * solution gives an objective of −∞ with the bound proven so far.
   */
  status: 'optimal' | 'time limit' | 'node limit' | 'above target' | 'infeasible';
  objective: number;
  /** The best upper bound on the objective the solver proved. */
  bound: number;
  /** The solution, rounded to 0/1. */
  x: Uint8Array;
  /** The solution as the solver gives it (continuous columns keep their fractions). */
  values: Float64Array;
}

export interface SolveOptions {
  /** Seconds (infinite: no time limit). */
  timeLimitSeconds: number;
  /** Stop as soon as a solution with an objective above this is found (a certificate is enough). */
  stopAbove?: number;
  /** Stop once the incumbent is within this relative gap of the proven bound (default 0: exact). */
  relativeGap?: number;
  /** Stop after this many branch-and-bound nodes: a work limit that, unlike time, gives the same answer on every run. */
  nodeLimit?: number;
}

/**
 * Solves a 0/1 maximisation to its optimum (exactly, or within `relativeGap` when given), within a time
 * limit, or until a solution above `stopAbove` turns up. Rows and integrality are held to 1e-9; callers
 * verify the coalitions they report.
 */
export function solveBinary(highs: Highs, p: BinaryProgram, options: SolveOptions): BinarySolution {
  const model = highs.createModel({
    numCols: p.numCols,
    numRows: p.rows.lower.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: p.cost,
    colLower: p.colLower ?? new Float64Array(p.numCols),
    colUpper: p.colUpper ?? new Float64Array(p.numCols).fill(1),
    rowLower: p.rows.lower,
    rowUpper: p.rows.upper,
    matrix: {
      format: 'csr',
      numRows: p.rows.lower.length,
      numCols: p.numCols,
      starts: p.rows.start,
      indices: p.rows.index,
      values: p.rows.value,
    },
    integrality: Int32Array.from({ length: p.numCols }, (_, j) =>
      p.continuous?.[j] ? highs.constants.variableType.continuous : highs.constants.variableType.integer,
    ),
  });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0,
      mip_abs_gap: 1e-12,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      ...(Number.isFinite(options.timeLimitSeconds) ? { time_limit: options.timeLimitSeconds } : {}),
      ...(options.nodeLimit === undefined ? {} : { mip_max_nodes: options.nodeLimit }),
    });
    let stopped: Float64Array | undefined;
    const target = options.stopAbove;
    model.run(
      target === undefined
        ? {}
        : {
            [highs.constants.callbackType.mipImprovingSolution](event) {
              const value = event.data.objective_function_value;
              if (value !== undefined && value > target && event.data.mip_solution)
                stopped = event.data.mip_solution;
            },
            [highs.constants.callbackType.mipInterrupt](event) {
              if (stopped) event.interrupt();
            },
          },
    );
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (stopped) {
      let objective = 0;
      stopped.forEach((v, j) => {
        objective += (p.cost[j] as number) * (p.continuous?.[j] ? v : v > 0.5 ? 1 : 0);
      });
      const x = Uint8Array.from(stopped, (v) => (v > 0.5 ? 1 : 0));
      return { status: 'above target', objective, bound: Number.POSITIVE_INFINITY, x, values: stopped };
    }
    if (status === codes.infeasible) {
      return {
        status: 'infeasible',
        objective: Number.NEGATIVE_INFINITY,
        bound: Number.NEGATIVE_INFINITY,
        x: new Uint8Array(p.numCols),
        values: new Float64Array(p.numCols),
      };
    }
    const found = status === codes.optimal || Number(model.info.get('primal_solution_status')) === 2;
    const limit = status === codes.timeLimit ? 'time limit' : 'node limit';
    if (!found && status !== codes.timeLimit && status !== codes.solutionLimit)
      throw new Error(`MILP solver stopped without a solution (model status ${status})`);
    if (!found) {
      return {
        status: limit,
        objective: Number.NEGATIVE_INFINITY,
        bound: Number(model.info.get('mip_dual_bound')),
        x: new Uint8Array(p.numCols),
        values: new Float64Array(p.numCols),
      };
    }
    const values = Float64Array.from(model.getSolution().colValue);
    const x = Uint8Array.from(values, (v) => (v > 0.5 ? 1 : 0));
    const objective = model.getObjectiveValue();
    return {
      status: status === codes.optimal ? 'optimal' : limit,
      objective,
      bound: Number(model.info.get('mip_dual_bound')),
      x,
      values,
    };
  } finally {
    model.dispose();
  }
}
