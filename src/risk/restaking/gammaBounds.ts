import type { SecurityCertificate } from './attackSearch.ts';
import { exactCoalition, isValid, slackOf, toAttack } from './exactCoalition.ts';
import { exactGraph } from './exactGraph.ts';
import type { Graph } from './graph.ts';
import type { RelaxationBounds } from './relaxationBounds.ts';

/** Which computation proved a bound on γ*. */
export type BoundSource = 'exact search' | 'relaxation';

/** The bracket on γ* = min σ_B/π_A − 1, each end with its source, and what each computation proved. */
export interface GammaBounds {
  /** The proven lower end: the higher of the exact search's and the relaxation's. */
  lower: number;
  lowerSource: BoundSource;
  /** γ* of the binding coalition, the explicit attack with the least σ_B/π_A either computation found. */
  upper: number;
  upperSource: BoundSource;
  /** (upper − lower)/(1 + upper): the bracket's width relative to 1 + γ*. */
  width: number;
  exact: boolean;
  exactSearch: { lower: number; upper: number; exact: boolean; solves: number };
  /** The relaxation's bounds as γ (floor − 1, and its cover's γ); null when it was not consulted. */
  relaxation: { lower: number | null; upper: number | null; complete: boolean; solves: number } | null;
}

/**
 * The relaxation is consulted only when the exact search leaves γ* bracketed on a secure network. The
 * rule reads the exact search's result alone, never which computation finished first.
 */
export const needsRelaxation = (c: SecurityCertificate): boolean =>
  c.secure && !c.gammaExact && c.gammaStar !== null;

/**
 * The intersection of the proven bounds on γ*: the exact search's bracket, its lower end raised by the
 * relaxation's floor and its upper end lowered by the relaxation's cover (re-derived exactly here, and
 * then the binding coalition) when the relaxation is consulted (`needsRelaxation`). γ* becomes exact when
 * the ends meet to `tolerance` on 1 + γ*. A cover that turns out a valid attack (only if the solver erred)
 * makes the network insecure. Null bounds for an insecure network or one where no service has a profit.
 */
export function combineBounds(
  g: Graph,
  c: SecurityCertificate,
  relaxation: RelaxationBounds | null,
  tolerance = 1e-6,
): { certificate: SecurityCertificate; bounds: GammaBounds | null } {
  if (!c.secure || c.gammaStar === null || c.gammaLowerBound === null)
    return { certificate: c, bounds: null };
  const consulted = needsRelaxation(c) ? relaxation : null;
  let binding = c.binding;
  let upper = c.gammaStar;
  let coverGamma: number | null = null;
  if (consulted?.cover) {
    const eg = exactGraph(g);
    const inB = new Uint8Array(g.validatorIds.length);
    for (const v of consulted.cover) inB[v] = 1;
    const cover = exactCoalition(g, eg, inB);
    if (isValid(cover)) {
      const attack = toAttack(g, eg, cover);
      const certificate = { ...c, secure: false, gammaStar: null, gammaLowerBound: null, gammaExact: false };
      return {
        certificate: { ...certificate, validAttack: attack, binding: attack, breakEvenSets: null },
        bounds: null,
      };
    }
    if (cover.profit > 0n) coverGamma = slackOf(cover);
    if (coverGamma !== null && coverGamma < upper) {
      upper = coverGamma;
      binding = toAttack(g, eg, cover);
    }
  }
  const relaxed = consulted?.floor == null ? null : consulted.floor - 1;
  const raised = relaxed !== null && relaxed > c.gammaLowerBound;
  const lower = Math.min(raised ? (relaxed as number) : c.gammaLowerBound, upper);
  const exact = c.gammaExact || 1 + lower >= (1 + upper) * (1 - tolerance) * (1 - 1e-12);
  return {
    certificate: { ...c, gammaStar: upper, gammaLowerBound: lower, gammaExact: exact, binding },
    bounds: {
      lower,
      lowerSource: raised ? 'relaxation' : 'exact search',
      upper,
      upperSource: upper < c.gammaStar ? 'relaxation' : 'exact search',
      width: (upper - lower) / (1 + upper),
      exact,
      exactSearch: { lower: c.gammaLowerBound, upper: c.gammaStar, exact: c.gammaExact, solves: c.solves },
      relaxation: consulted
        ? { lower: relaxed, upper: coverGamma, complete: consulted.complete, solves: consulted.solves }
        : null,
    },
  };
}
