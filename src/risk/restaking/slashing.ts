import { type EigenLayerNetwork, type Operator, operatorSetId } from '../../model/restaking.ts';

export interface SetAllocation {
  set: string;
  magnitude: { before: number; after: number };
  slashable: { before: number; after: number };
}

export interface StrategySlash {
  strategy: string;
  maxMagnitude: { before: number; after: number };
  /** Delegated value (shares × value per share, in the file's unit). */
  delegated: { before: number; after: number };
  slashed: number;
  sets: SetAllocation[];
  /** The unallocated magnitude and the stake behind it, which no set can slash. */
  free: { before: number; after: number; amountBefore: number; amountAfter: number };
}

export interface SlashResult {
  operator: string;
  set: string;
  fraction: number;
  unit: string | null;
  strategies: StrategySlash[];
}

/**
 * EigenLayer's slashing accounting (ELIP-002, AllocationManager): a slash of fraction w by one operator
 * set cuts that set's allocation a to a·(1−w) and the max magnitude m to m − a·w; the delegated stake
 * falls in proportion to m, so every other set keeps its slashable amount and the free stake too.
 */
export function slashOperator(el: EigenLayerNetwork, op: Operator, setId: string, w: number): SlashResult {
  const valuePerShare = new Map(el.strategies.map((s) => [s.id, s.valuePerShare]));
  const strategies = Object.keys(op.shares).filter((strategy) =>
    op.allocations.some((a) => a.strategy === strategy && operatorSetId(a) === setId),
  );
  return {
    operator: op.id,
    set: setId,
    fraction: w,
    unit: el.unit,
    strategies: strategies.map((strategy) => {
      const m = op.maxMagnitude[strategy] as number;
      const own = op.allocations.filter((a) => a.strategy === strategy);
      const cut = own.reduce((sum, a) => sum + (operatorSetId(a) === setId ? a.magnitude * w : 0), 0);
      const mAfter = m - cut;
      const delegated = (op.shares[strategy] as number) * (valuePerShare.get(strategy) as number);
      const delegatedAfter = m > 0 ? (delegated * mAfter) / m : 0;
      const sets = own.map((a) => {
        const after = operatorSetId(a) === setId ? a.magnitude * (1 - w) : a.magnitude;
        return {
          set: operatorSetId(a),
          magnitude: { before: a.magnitude, after },
          slashable: {
            before: (delegated * a.magnitude) / m,
            after: mAfter > 0 ? (delegatedAfter * after) / mAfter : 0,
          },
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
          amountBefore: (delegated * freeBefore) / m,
          amountAfter: mAfter > 0 ? (delegatedAfter * freeAfter) / mAfter : 0,
        },
      };
    }),
  };
}
