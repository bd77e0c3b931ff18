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
 * L2BEAT's `NotApplicable` stage (validiums, optimiums, and since 2025 the "Others" that fail a Stage 0
 * item) matches a Faultline Stage 0 with an unmet Stage 0 precondition.
 * @example compareWithL2beat(assessL2(design), published) // [] when they agree
 */
export function compareWithL2beat(ours: L2Assessment, theirs: L2RiskProfile): L2beatDisagreement[] {
  const out: L2beatDisagreement[] = [];
  const sameStage =
    ours.stage === theirs.stage || (theirs.stage === 'NotApplicable' && ours.preconditions.length > 0);
  if (!sameStage)
    out.push({ subject: 'stage', ours: ours.stage, theirs: theirs.stage, reason: stageReason(ours) });
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
  const pre = a.preconditions.map((u) => u.requirement);
  const why = pre.length > 0 ? `; Stage 0 preconditions unmet: ${pre.join('; ')}` : '';
  if (!a.missing) return `Faultline's checklist finds every requirement met${why}`;
  const items = a.missing.requirements.map((u) => u.requirement);
  if (a.missing.principle) items.push('the Stage 1 principle');
  return `Faultline finds unmet for ${a.missing.nextStage}: ${items.join('; ')}${why}`;
}
