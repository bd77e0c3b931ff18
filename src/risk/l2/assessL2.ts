import {
  DATA_AVAILABILITY,
  type L2Design,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION,
} from '../../model/l2-design.ts';
import { type RiskValue, ROSETTE_SLICES, type Rosette, type Sentiment } from '../../model/l2-risk.ts';
import { dacSentiment } from './dacSentiment.ts';
import { exitWindow } from './exitWindow.ts';
import { rollupChecklist } from './rollupChecklist.ts';
import {
  evaluateStage,
  type Stage,
  type StageEvaluation,
  type StageOptions,
  type UnmetRequirement,
} from './stage.ts';
import { worseOf } from './worseOf.ts';

/** One rosette slice as Faultline evaluates it. */
export type RosetteSlice = { name: string; value: string; sentiment: Sentiment };

/** What `faultline l2 assess` prints for a design. */
export type L2Assessment = {
  name: string | null;
  exitWindow: { seconds: number | null; value: string; sentiment: Sentiment };
  dataAvailability: { value: string; sentiment: Sentiment; minimumHonest: number | null };
  rosette: RosetteSlice[];
  /** The worst slice of the rosette. */
  worst: Sentiment;
  /** L2BEAT's stage: every system starts at Stage 0. */
  stage: Stage;
  /** Stage 1 and Stage 2 requirements not met (the principle included), lowest stage first. */
  unmet: UnmetRequirement[];
  /** Stage 0 items not met: L2BEAT lists such a system under "Others", outside the rollup stages. */
  preconditions: UnmetRequirement[];
  missing: StageEvaluation['missing'];
  downgradePending: StageEvaluation['downgradePending'];
  stageMessage: StageEvaluation['message'];
};

/**
 * Evaluates a design under L2BEAT's rules (MODELS §4): the exit window, the DAC rule for committee DA,
 * the five rosette slices, the worse-of summary, and the stage (`getRollupStage`'s checklist, see
 * `rollupChecklist`). `options.day` is the day the stage stands on (for announced items' countdowns). Pure.
 * @example assessL2(design).exitWindow.sentiment === 'warning'
 */
export function assessL2(d: L2Design, options: StageOptions = {}): L2Assessment {
  const window = exitWindow({
    upgradeDelaySeconds: d.upgradeDelaySeconds,
    exitDelaySeconds: d.exitDelaySeconds,
    upgradeable: d.upgradeable,
    rule: d.exitWindowRule,
    ...(d.upgradeDelay2Seconds === null ? {} : { upgradeDelay2Seconds: d.upgradeDelay2Seconds }),
  });
  const dac = d.dataAvailability === 'dac' && d.dac ? dacSentiment(d.dac) : null;
  const da = {
    value: dac && d.dac ? `External (DAC ${d.dac.threshold}/${d.dac.members})` : d.dataAvailability,
    sentiment: dac ? dac.sentiment : (DATA_AVAILABILITY[d.dataAvailability] ?? 'bad'),
    minimumHonest: dac?.minimumHonest ?? null,
  };
  const slices: Record<keyof Rosette, RiskValue> = {
    stateValidation: { value: d.stateValidation, sentiment: stateValidationSentiment(d) },
    dataAvailability: { value: da.value, sentiment: da.sentiment },
    exitWindow: { value: window.value, sentiment: window.sentiment },
    sequencerFailure: { value: d.sequencerFailure, sentiment: SEQUENCER_FAILURE[d.sequencerFailure] },
    proposerFailure: { value: d.proposerFailure, sentiment: PROPOSER_FAILURE[d.proposerFailure] },
  };
  const rosette: RosetteSlice[] = ROSETTE_SLICES.map(([key, name]) => ({ name, ...slices[key] }));
  const s = evaluateStage(rollupChecklist(d, window.seconds), options);
  return {
    name: d.name,
    exitWindow: window,
    dataAvailability: da,
    rosette,
    worst: worseOf(...rosette.map((r) => r.sentiment)),
    stage: s.stage,
    unmet: s.unmet,
    preconditions: s.preconditions,
    missing: s.missing,
    downgradePending: s.downgradePending,
    stageMessage: s.message,
  };
}

/** Permissioned fraud proofs: warning with at least 5 outside challengers, bad with fewer (riskView.ts @ 95a67bc). */
function stateValidationSentiment(d: L2Design): Sentiment {
  if (d.stateValidation === 'fraud-proofs-permissioned')
    return d.externalProofActors >= 5 ? 'warning' : 'bad';
  return STATE_VALIDATION[d.stateValidation];
}
