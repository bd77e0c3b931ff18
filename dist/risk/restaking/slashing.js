// src/risk/restaking/slashing.ts
import { operatorSetId } from "../../model/restaking.js";
function slashOperator(el, op, setId, w) {
  const valuePerShare = new Map(el.strategies.map((s) => [s.id, s.valuePerShare]));
  const strategies = Object.keys(op.shares).filter(
    (strategy) => op.allocations.some((a) => a.strategy === strategy && operatorSetId(a) === setId)
  );
  return {
    operator: op.id,
    set: setId,
    fraction: w,
    unit: el.unit,
    strategies: strategies.map((strategy) => {
      const m = op.maxMagnitude[strategy];
      const own = op.allocations.filter((a) => a.strategy === strategy);
      const cut = own.reduce((sum, a) => sum + (operatorSetId(a) === setId ? a.magnitude * w : 0), 0);
      const mAfter = m - cut;
      const delegated = op.shares[strategy] * valuePerShare.get(strategy);
      const delegatedAfter = m > 0 ? delegated * mAfter / m : 0;
      const sets = own.map((a) => {
        const after = operatorSetId(a) === setId ? a.magnitude * (1 - w) : a.magnitude;
        return {
          set: operatorSetId(a),
          magnitude: { before: a.magnitude, after },
          slashable: {
            before: delegated * a.magnitude / m,
            after: mAfter > 0 ? delegatedAfter * after / mAfter : 0
          }
        };
      });
      const allocated = own.reduce((sum, a) => sum + a.magnitude, 0);
      const freeBefore = m - allocated;
      const freeAfter = mAfter - (allocated - cut);
      return {
        strategy,
        maxMagnitude: { before: m, after: mAfter },
        delegated: { before: delegated, after: delegatedAfter },
        slashed: delegated - delegatedAfter,
        sets,
        free: {
          before: freeBefore,
          after: freeAfter,
          amountBefore: delegated * freeBefore / m,
          amountAfter: mAfter > 0 ? delegatedAfter * freeAfter / mAfter : 0
        }
      };
    })
  };
}
export {
  slashOperator
};
