import type { SecurityCertificate } from './attackSearch.ts';
import type { RelaxationFloor } from './relaxationFloor.ts';

/** Where a bound on γ* comes from. */
export type BoundSource = 'exact search' | 'relaxation' | 'binding coalition';

/** The bracket on γ* = min σ_B/π_A − 1, each end with its source, and what each computation proved. */
export interface GammaBounds {
  /** The proven lower end: the higher of the exact search's and the relaxation's. */
  lower: number;
  lowerSource: BoundSource;
  /** γ* of the binding coalition, an explicit attack: the upper end (γ* itself when exact). */
  upper: number;
  upperSource: BoundSource;
  /** (upper − lower)/(1 + upper): the bracket's width relative to 1 + γ*. */
  width: number;
  exact: boolean;
  exactSearch: { lower: number; upper: number; exact: boolean; solves: number };
  /** The relaxation's floor as γ (floor − 1); null when it was not consulted. */
  relaxation: { lower: number | null; complete: boolean; solves: number } | null;
}

/**
 * The relaxation is consulted only when the exact search leaves γ* bracketed on a secure network. The
 * rule reads the exact search's result alone, never which computation finished first.
 */
export const needsRelaxation = (c: SecurityCertificate): boolean =>
  c.secure && !c.gammaExact && c.gammaStar !== null;

/**
 * The intersection of the proven bounds on γ*: the exact search's bracket [lower, γ* of the binding
 * coalition], raised at the lower end by the relaxation's floor when it is consulted (`needsRelaxation`).
 * γ* becomes exact when the two ends meet to `tolerance` on 1 + γ*. Null bounds for an insecure network or
 * one where no service has a profit; the certificate then comes back unchanged.
 */
export function combineBounds(
  c: SecurityCertificate,
  relaxation: RelaxationFloor | null,
  tolerance = 1e-6,
): { certificate: SecurityCertificate; bounds: GammaBounds | null } {
  if (!c.secure || c.gammaStar === null || c.gammaLowerBound === null)
    return { certificate: c, bounds: null };
  const upper = c.gammaStar;
  const consulted = needsRelaxation(c) ? relaxation : null;
  const relaxed = consulted?.floor == null ? null : consulted.floor - 1;
  const raised = relaxed !== null && relaxed > c.gammaLowerBound;
  const lower = Math.min(raised ? (relaxed as number) : c.gammaLowerBound, upper);
  const exact = c.gammaExact || 1 + lower >= (1 + upper) * (1 - tolerance) * (1 - 1e-12);
  return {
    certificate: { ...c, gammaLowerBound: lower, gammaExact: exact },
    bounds: {
      lower,
      lowerSource: raised ? 'relaxation' : 'exact search',
      upper,
      upperSource: 'binding coalition',
      width: (upper - lower) / (1 + upper),
      exact,
      exactSearch: { lower: c.gammaLowerBound, upper, exact: c.gammaExact, solves: c.solves },
      relaxation: consulted
        ? { lower: relaxed, complete: consulted.complete, solves: consulted.solves }
        : null,
    },
  };
}
