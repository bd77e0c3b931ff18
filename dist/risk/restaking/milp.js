// src/risk/restaking/milp.ts
import * as highsModule from "highs";
import { FaultlineError } from "../../core/errors.js";
var SolverTimeout = class extends FaultlineError {
  name = "SolverTimeout";
  code = "SOLVER_TIMEOUT";
  constructor(seconds) {
    super(`the exact check did not finish within ${seconds} s: raise --time-limit`);
  }
};
var solver;
function loadSolver() {
  solver ??= highsModule.default();
  return solver;
}
var Rows = class {
  start = [0];
  index = [];
  value = [];
  lower = [];
  upper = [];
  /** Adds `lower ≤ Σ a·x_j ≤ upper` for the `[j, a]` entries. */
  add(entries, lower, upper) {
    for (const [j, a] of entries) {
      this.index.push(j);
      this.value.push(a);
    }
    this.start.push(this.index.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }
};
function solveBinary(highs, p, options) {
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
      format: "csr",
      numRows: p.rows.lower.length,
      numCols: p.numCols,
      starts: p.rows.start,
      indices: p.rows.index,
      values: p.rows.value
    },
    integrality: new Int32Array(p.numCols).fill(highs.constants.variableType.integer)
  });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0,
      mip_abs_gap: 1e-12,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      time_limit: options.timeLimitSeconds
    });
    let stopped;
    const target = options.stopAbove;
    model.run(
      target === void 0 ? {} : {
        [highs.constants.callbackType.mipImprovingSolution](event) {
          const value = event.data.objective_function_value;
          if (value !== void 0 && value > target && event.data.mip_solution)
            stopped = event.data.mip_solution;
        },
        [highs.constants.callbackType.mipInterrupt](event) {
          if (stopped) event.interrupt();
        }
      }
    );
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (stopped) {
      let objective2 = 0;
      stopped.forEach((v, j) => {
        if (v > 0.5) objective2 += p.cost[j];
      });
      const x2 = Uint8Array.from(stopped, (v) => v > 0.5 ? 1 : 0);
      return { status: "above target", objective: objective2, bound: Number.POSITIVE_INFINITY, x: x2 };
    }
    if (status === codes.infeasible) {
      return {
        status: "infeasible",
        objective: Number.NEGATIVE_INFINITY,
        bound: Number.NEGATIVE_INFINITY,
        x: new Uint8Array(p.numCols)
      };
    }
    const found = status === codes.optimal || Number(model.info.get("primal_solution_status")) === 2;
    if (!found) throw new Error(`MILP solver stopped without a solution (model status ${status})`);
    const values = model.getSolution().colValue;
    const x = Uint8Array.from(values, (v) => v > 0.5 ? 1 : 0);
    const objective = model.getObjectiveValue();
    return {
      status: status === codes.optimal ? "optimal" : "time limit",
      objective,
      bound: Number(model.info.get("mip_dual_bound")),
      x
    };
  } finally {
    model.dispose();
  }
}
export {
  Rows,
  SolverTimeout,
  loadSolver,
  solveBinary
};
