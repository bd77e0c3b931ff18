import type { Day } from '../../core/day.ts';
import {
  type ChecklistValue,
  ROLLUP_BLUEPRINT,
  type RollupChecklist,
  type Stage,
  UPCOMING_STAGE_1,
  type UpcomingItems,
} from './rollupStageBlueprint.ts';

export type { Stage } from './rollupStageBlueprint.ts';

/** A requirement as evaluated: its L2BEAT item key (`principle` for a stage's principle), stage and wording. */
export type UnmetRequirement = { stage: Stage; key: string; requirement: string };

/** One evaluated item of the checklist (items that do not apply are left out, as L2BEAT leaves them out). */
export type StageRequirement = UnmetRequirement & {
  satisfied: boolean | 'UnderReview';
  /** An announced item whose countdown is still running: it warns but does not block yet. */
  upcoming: boolean;
};

/** What L2BEAT's `createGetStage` returns, with item keys in place of its description texts. */
export type StageEvaluation = {
  /** The highest stage reached: every system starts at Stage 0. */
  stage: Stage;
  /** The first stage not reached and what it lacks (null at Stage 2). */
  missing: { nextStage: Stage; requirements: UnmetRequirement[]; principle: boolean } | null;
  /** Stage 0 items not met: preconditions (L2BEAT lists such a project under "Others"), never "missing". */
  preconditions: UnmetRequirement[];
  /** Every Stage 1 and Stage 2 item (and principle) not met, whichever stage it belongs to. */
  unmet: UnmetRequirement[];
  /** L2BEAT's Stage 0 warning: no source-available node (or it is under review). */
  message: { type: 'warning' | 'underReview'; key: string } | null;
  /** Upcoming items that fail while their countdown runs: the stage the system will drop to, and why. */
  downgradePending: { expiresOn: Day; toStage: Stage; reasons: UnmetRequirement[] } | null;
  summary: { stage: Stage; requirements: StageRequirement[] }[];
};

/**
 * When the evaluation stands, the countdown of announced items (null: they are in force), and the day from
 * which an unmet principle blocks its stage (before it, the principle only records a pending downgrade).
 */
export type StageOptions = {
  day?: Day | null;
  upcoming?: UpcomingItems & { expiresOn: Day | null };
  principleFrom?: Day;
};

/**
 * L2BEAT's countdown for the Stage 1 principle (`PROJECT_COUNTDOWNS.stageChanges`, packages/config/src/global/
 * countdowns.ts @ 12d5066c2aa9f24220803830c288c7ecf75ca5d3): before this day `createGetStage` (stage.ts
 * @ 3a6bc8a7f100ec774e30dd73194df22f11eb4f92) only marked a downgrade as pending for an unmet principle.
 */
export const PRINCIPLE_FROM = '2025-07-29' as Day;

/**
 * L2BEAT's stage as its `createGetStage` computes it (l2beat/l2beat `packages/config/src/common/stages/stage.ts`,
 * the version with `UpcomingStageRequirements` that `getRollupStage.ts` @ 024b02a uses): start at Stage 0; for
 * each stage in turn, an item that is not `true` (false or `UnderReview`) makes that stage missing unless it is
 * a Stage 0 item; `null` items are skipped; an unmet principle makes its stage missing; an upcoming item whose
 * countdown runs only records a pending downgrade. The stage is the last one reached before the first missing one.
 * The countdown is expired on its own day (`expiresOn <= day`); with no day the announced items are in force.
 * Before `PRINCIPLE_FROM` an unmet principle records a pending downgrade instead, as L2BEAT's code of that
 * time did (stage.ts @ 3a6bc8a).
 * @example evaluateStage(checklist).stage === 'Stage 1'
 */
export function evaluateStage(checklist: RollupChecklist, options: StageOptions = {}): StageEvaluation {
  const upcoming = options.upcoming ?? { ...UPCOMING_STAGE_1, expiresOn: null };
  const day = options.day ?? null;
  const countdownRuns = upcoming.expiresOn !== null && day !== null && day < upcoming.expiresOn;
  const principleFrom = options.principleFrom ?? PRINCIPLE_FROM;
  const principleHeld = day !== null && day < principleFrom;
  let reached: Stage = 'Stage 0';
  const found: { missing: StageEvaluation['missing'] } = { missing: null };
  let message: StageEvaluation['message'] = null;
  let downgradePending: StageEvaluation['downgradePending'] = null;
  const preconditions: UnmetRequirement[] = [];
  const unmet: UnmetRequirement[] = [];
  const summary: StageEvaluation['summary'] = [];
  const addMissing = (stage: Stage, r: UnmetRequirement | null) => {
    found.missing ??= { nextStage: stage, requirements: [], principle: false };
    if (r && found.missing.nextStage === stage) found.missing.requirements.push(r);
    return found.missing;
  };

  for (const [stageKey, blueprint] of Object.entries(ROLLUP_BLUEPRINT)) {
    const answers = checklist[stageKey as keyof RollupChecklist] as Record<string, ChecklistValue>;
    const stage = blueprint.name;
    const requirements: StageRequirement[] = [];
    const pending: UnmetRequirement[] = [];
    const isUpcoming = (key: string) => upcoming.stage === stageKey && upcoming.items.includes(key);
    for (const [key, requirement] of Object.entries(blueprint.items)) {
      const value = answers[key] ?? null;
      if (value === null) continue;
      const item = { stage, key, requirement };
      const held = isUpcoming(key) && countdownRuns;
      requirements.push({ ...item, satisfied: value, upcoming: held });
      if (value === true) continue;
      if (stage === 'Stage 0') {
        preconditions.push(item);
        if (key === 'rollupNodeSourceAvailable')
          message = { type: value === 'UnderReview' ? 'underReview' : 'warning', key };
        continue;
      }
      if (held) {
        pending.push(item);
        continue;
      }
      unmet.push(item);
      addMissing(stage, item);
    }
    if ('principle' in blueprint) {
      const value = answers.principle ?? null;
      if (value !== null && value !== true) {
        const item = { stage, key: 'principle', requirement: blueprint.principle };
        if (principleHeld && found.missing === null)
          downgradePending = { expiresOn: principleFrom, toStage: reached, reasons: [item] };
        else {
          unmet.push(item);
          const m = addMissing(stage, null);
          if (m.nextStage === stage) m.principle = true;
        }
      }
    }
    if (countdownRuns && upcoming.expiresOn && pending.length > 0 && found.missing === null)
      downgradePending = { expiresOn: upcoming.expiresOn, toStage: reached, reasons: pending };
    if (found.missing === null) reached = stage;
    summary.push({ stage, requirements });
  }
  return { stage: reached, missing: found.missing, preconditions, unmet, message, downgradePending, summary };
}
