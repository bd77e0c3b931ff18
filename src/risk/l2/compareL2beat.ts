import { type L2RiskProfile, ROSETTE_SLICES, type Rosette } from '../../model/l2-risk.ts';
import type { L2Assessment } from './assessL2.ts';

/** Where Faultline's evaluation and L2BEAT's published one differ, and why. */
export type L2beatDisagreement = {
  /** `stage`, or a rosette slice key (`stateValidation`, `exitWindow`, ...). */
  subject: 'stage' | keyof Rosette;
  ours: string;
  theirs: string;
  reason: string;
};

/**
 * Compares Faultline's evaluation of a registry design with the stage and rosette L2BEAT published.
 * Slices are compared by sentiment (the wording differs: `fraud-proofs` vs `Fraud proofs (INT)`);
 * L2BEAT's `NotApplicable` stage (validiums, optimiums) matches Faultline's "no stage" when data is off L1.
 * @example compareWithL2beat(assessL2(design), published) // [] when they agree
 */
export function compareWithL2beat(ours: L2Assessment, theirs: L2RiskProfile): L2beatDisagreement[] {
  const out: L2beatDisagreement[] = [];
  const stage = ours.stage ?? 'no stage';
  const sameStage =
    stage === theirs.stage ||
    (ours.stage === null && theirs.stage === 'NotApplicable' && ours.dataAvailability.sentiment !== 'good');
  if (!sameStage)
    out.push({ subject: 'stage', ours: stage, theirs: theirs.stage, reason: stageReason(ours) });
  for (const [i, [key, name]] of ROSETTE_SLICES.entries()) {
    const mine = ours.rosette[i];
    const published = theirs.rosette[key];
    if (!mine || mine.sentiment === published.sentiment) continue;
    out.push({
      subject: key,
      ours: `${mine.value} (${mine.sentiment})`,
      theirs: `${published.value} (${published.sentiment})`,
      reason: `the registry's ${name.toLowerCase()} "${mine.value}" is ${mine.sentiment} under L2BEAT's rules; L2BEAT published ${published.sentiment}`,
    });
  }
  return out;
}

function stageReason(a: L2Assessment): string {
  const next = a.unmet[0];
  if (!next) return "Faultline's checklist finds every requirement met";
  const same = a.unmet.filter((u) => u.stage === next.stage).map((u) => u.requirement);
  return `Faultline finds unmet for ${next.stage}: ${same.join('; ')}`;
}
