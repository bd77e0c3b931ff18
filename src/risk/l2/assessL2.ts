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
import { evaluateStage, type Stage, type UnmetRequirement } from './stage.ts';
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
  stage: Stage | null;
  unmet: UnmetRequirement[];
};

/**
 * Evaluates a design under L2BEAT's rules (MODELS §4): the exit window, the DAC rule for committee DA,
 * the five rosette slices, the worse-of summary, and the stage checklist. Pure.
 * @example assessL2(design).exitWindow.sentiment === 'warning'
 */
export function assessL2(d: L2Design): L2Assessment {
  const window = exitWindow({
    upgradeDelaySeconds: d.upgradeDelaySeconds,
    exitDelaySeconds: d.exitDelaySeconds,
    upgradeable: d.upgradeable,
    ...(d.upgradeDelay2Seconds === null ? {} : { upgradeDelay2Seconds: d.upgradeDelay2Seconds }),
  });
  const dac = d.dataAvailability === 'dac' && d.dac ? dacSentiment(d.dac) : null;
  const da = {
    value: dac && d.dac ? `External (DAC ${d.dac.threshold}/${d.dac.members})` : d.dataAvailability,
    sentiment: dac ? dac.sentiment : (DATA_AVAILABILITY[d.dataAvailability] ?? 'bad'),
    minimumHonest: dac?.minimumHonest ?? null,
  };
  const slices: Record<keyof Rosette, RiskValue> = {
    stateValidation: { value: d.stateValidation, sentiment: STATE_VALIDATION[d.stateValidation] },
    dataAvailability: { value: da.value, sentiment: da.sentiment },
    exitWindow: { value: window.value, sentiment: window.sentiment },
    sequencerFailure: { value: d.sequencerFailure, sentiment: SEQUENCER_FAILURE[d.sequencerFailure] },
    proposerFailure: { value: d.proposerFailure, sentiment: PROPOSER_FAILURE[d.proposerFailure] },
  };
  const rosette: RosetteSlice[] = ROSETTE_SLICES.map(([key, name]) => ({ name, ...slices[key] }));
  const { stage, unmet } = evaluateStage({
    stateRootsOnL1: d.stateRootsOnL1,
    dataOnL1: d.dataAvailability === 'onchain',
    proofSystem: ['zk-proofs', 'fraud-proofs', 'fraud-proofs-permissioned'].includes(d.stateValidation),
    fraudProofs: d.stateValidation.startsWith('fraud-proofs'),
    externalProofActors: d.externalProofActors,
    nodeSourceAvailable: d.nodeSourceAvailable,
    exitWithoutCooperation:
      ['self-sequence', 'force-via-l1'].includes(d.sequencerFailure) &&
      ['self-propose', 'use-escape-hatch'].includes(d.proposerFailure),
    nonCouncilExitWindowSeconds: d.onlyCouncilCanUpgrade
      ? null
      : (d.nonCouncilExitWindowSeconds ?? window.seconds),
    securityCouncil: d.securityCouncil,
    permissionlessProofs: d.permissionlessProofs,
    exitWindowSeconds: window.seconds,
    councilOnlyForProvableBugs: d.councilOnlyForProvableBugs,
  });
  return {
    name: d.name,
    exitWindow: window,
    dataAvailability: da,
    rosette,
    worst: worseOf(...rosette.map((r) => r.sentiment)),
    stage,
    unmet,
  };
}
