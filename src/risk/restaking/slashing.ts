import { ValidationError } from '../../core/errors.ts';
import { type EigenLayerNetwork, type Operator, operatorSetId } from '../../model/restaking.ts';
import { parseDecimal } from './eigenda.ts';

/** 1e18: EigenLayer's WAD, the whole of a magnitude or of a slash. */
export const WAD = 10n ** 18n;
const UINT64_MAX = 2n ** 64n - 1n;

/** A magnitude before and after, as the contract's uint64 in decimal text (exact past 2^53). */
export type MagnitudeChange = { before: string; after: string };

export interface SetAllocation {
  set: string;
  magnitude: MagnitudeChange;
  slashable: { before: number; after: number };
}

export interface StrategySlash {
  strategy: string;
  maxMagnitude: MagnitudeChange;
  /** Delegated value (shares × value per share, in the file's unit). */
  delegated: { before: number; after: number };
  slashed: number;
  sets: SetAllocation[];
  /** The unallocated magnitude and the stake behind it, which no set can slash. */
  free: { before: string; after: string; amountBefore: number; amountAfter: number };
}

export interface SlashResult {
  operator: string;
  set: string;
  fraction: number;
  /** The slash as the contract takes it: `wadsToSlash`, in (0, 1e18]. */
  wadsToSlash: string;
  unit: string | null;
  strategies: StrategySlash[];
}

/**
 * A fraction as `wadsToSlash` (its shortest decimal text × 1e18, floored to a whole wad). Refuses what
 * AllocationManager refuses with `InvalidWadToSlash`: anything outside (0, 1e18].
 */
export function wadsToSlash(fraction: number): bigint {
  let wads = 0n;
  try {
    const f = parseDecimal(String(fraction));
    wads = (f.n * WAD) / f.d;
  } catch {
    wads = 0n;
  }
  if (!(wads > 0n && wads <= WAD))
    throw new ValidationError(`InvalidWadToSlash: a slash must be above 0 and at most 1, not ${fraction}`, {
      field: 'fraction',
    });
  return wads;
}

/** OpenZeppelin `Math.mulDiv(x, y, d, Rounding.Up)`: ⌈x·y/d⌉. */
const mulDivUp = (x: bigint, y: bigint, d: bigint) => (x * y + d - 1n) / d;

/** A magnitude from the file as the contract's uint64; a fraction or an overflow is bad input. */
function uint64(x: number, where: string): bigint {
  if (!Number.isInteger(x) || x < 0 || BigInt(x) > UINT64_MAX)
    throw new ValidationError(`a magnitude must be a whole number in uint64 (1e18 = all), not ${x}`, {
      field: where,
    });
  return BigInt(x);
}

/**
 * EigenLayer's slashing accounting (ELIP-002; Layr-Labs/eigenlayer-contracts v1.9.0 AllocationManager
 * `_slashOperator`, SlashingLib `mulWadRoundUp` and `calcSlashedAmount`): a slash of w = wads/1e18 by one
 * operator set takes ⌈a·wads/1e18⌉ of that set's allocation a (rounded up so that no slash rounds to
 * nothing) and the same amount from the max magnitude m; the delegated stake falls in proportion to m,
 * so every other set keeps its slashable amount and the free stake too. Allocations of 0 are skipped.
 */
export function slashOperator(el: EigenLayerNetwork, op: Operator, setId: string, w: number): SlashResult {
  const wads = wadsToSlash(w);
  const valuePerShare = new Map(el.strategies.map((s) => [s.id, s.valuePerShare]));
  const strategies = Object.keys(op.shares).filter((strategy) =>
    op.allocations.some((a) => a.strategy === strategy && operatorSetId(a) === setId && a.magnitude > 0),
  );
  return {
    operator: op.id,
    set: setId,
    fraction: w,
    wadsToSlash: wads.toString(),
    unit: el.unit,
    strategies: strategies.map((strategy) => {
      const m = uint64(op.maxMagnitude[strategy] as number, `operators.${op.id}.maxMagnitude.${strategy}`);
      const own = op.allocations
        .filter((a) => a.strategy === strategy)
        .map((a) => ({
          set: operatorSetId(a),
          magnitude: uint64(a.magnitude, `operators.${op.id}.allocations`),
        }));
      const cut = own.reduce((sum, a) => sum + (a.set === setId ? mulDivUp(a.magnitude, wads, WAD) : 0n), 0n);
      const mAfter = m - cut;
      const delegated = (op.shares[strategy] as number) * (valuePerShare.get(strategy) as number);
      const delegatedAfter = m > 0n ? (delegated * Number(mAfter)) / Number(m) : 0;
      const share = (amount: number, part: bigint, whole: bigint) =>
        whole > 0n ? (amount * Number(part)) / Number(whole) : 0;
      const sets = own.map((a) => {
        const after = a.set === setId ? a.magnitude - mulDivUp(a.magnitude, wads, WAD) : a.magnitude;
        return {
          set: a.set,
          magnitude: { before: a.magnitude.toString(), after: after.toString() },
          slashable: {
            before: share(delegated, a.magnitude, m),
            after: share(delegatedAfter, after, mAfter),
          },
        };
      });
      const allocated = own.reduce((sum, a) => sum + a.magnitude, 0n);
      const freeBefore = m - allocated;
      const freeAfter = mAfter - (allocated - cut);
      return {
        strategy,
        maxMagnitude: { before: m.toString(), after: mAfter.toString() },
        delegated: { before: delegated, after: delegatedAfter },
        slashed: delegated - delegatedAfter,
        sets,
        free: {
          before: freeBefore.toString(),
          after: freeAfter.toString(),
          amountBefore: share(delegated, freeBefore, m),
          amountAfter: share(delegatedAfter, freeAfter, mAfter),
        },
      };
    }),
  };
}
