import type { NetworkAssessment } from './assessNetwork.ts';

/**
 * The `restaking check` JSON contract (README): the certificate (secure with γ*, or a valid attack),
 * the sufficient condition per validator, the cascade, the unit, what was checked and, for EigenLayer
 * files, the verdict on restaked ("on paper") stake.
 */
export function assessmentDocument(a: NetworkAssessment) {
  const c = a.certificate;
  return {
    secure: c.secure,
    gammaStar: c.gammaStar,
    gammaLowerBound: c.gammaLowerBound,
    gammaExact: c.gammaExact,
    validAttack: c.validAttack,
    binding: c.binding,
    sufficientCondition: a.sufficientCondition,
    cascade: a.cascade,
    unit: a.unit,
    checked: a.format === 'eigenlayer' ? ('slashable stake' as const) : ('graph' as const),
    onPaper: a.onPaper && {
      secure: a.onPaper.secure,
      gammaStar: a.onPaper.gammaStar,
      validAttack: a.onPaper.validAttack,
    },
  };
}
