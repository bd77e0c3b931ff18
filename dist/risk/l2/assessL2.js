// src/risk/l2/assessL2.ts
import {
  DATA_AVAILABILITY,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION
} from "../../model/l2-design.js";
import { ROSETTE_SLICES } from "../../model/l2-risk.js";
import { dacSentiment } from "./dacSentiment.js";
import { exitWindow } from "./exitWindow.js";
import { evaluateStage } from "./stage.js";
import { worseOf } from "./worseOf.js";
function assessL2(d) {
  const window = exitWindow({
    upgradeDelaySeconds: d.upgradeDelaySeconds,
    exitDelaySeconds: d.exitDelaySeconds,
    upgradeable: d.upgradeable,
    ...d.upgradeDelay2Seconds === null ? {} : { upgradeDelay2Seconds: d.upgradeDelay2Seconds }
  });
  const dac = d.dataAvailability === "dac" && d.dac ? dacSentiment(d.dac) : null;
  const da = {
    value: dac && d.dac ? `External (DAC ${d.dac.threshold}/${d.dac.members})` : d.dataAvailability,
    sentiment: dac ? dac.sentiment : DATA_AVAILABILITY[d.dataAvailability] ?? "bad",
    minimumHonest: dac?.minimumHonest ?? null
  };
  const slices = {
    stateValidation: { value: d.stateValidation, sentiment: STATE_VALIDATION[d.stateValidation] },
    dataAvailability: { value: da.value, sentiment: da.sentiment },
    exitWindow: { value: window.value, sentiment: window.sentiment },
    sequencerFailure: { value: d.sequencerFailure, sentiment: SEQUENCER_FAILURE[d.sequencerFailure] },
    proposerFailure: { value: d.proposerFailure, sentiment: PROPOSER_FAILURE[d.proposerFailure] }
  };
  const rosette = ROSETTE_SLICES.map(([key, name]) => ({ name, ...slices[key] }));
  const { stage, unmet } = evaluateStage({
    stateRootsOnL1: d.stateRootsOnL1,
    dataOnL1: d.dataAvailability === "onchain",
    proofSystem: ["zk-proofs", "fraud-proofs", "fraud-proofs-permissioned"].includes(d.stateValidation),
    fraudProofs: d.stateValidation.startsWith("fraud-proofs"),
    externalProofActors: d.externalProofActors,
    nodeSourceAvailable: d.nodeSourceAvailable,
    exitWithoutCooperation: ["self-sequence", "force-via-l1"].includes(d.sequencerFailure) && ["self-propose", "use-escape-hatch"].includes(d.proposerFailure),
    nonCouncilExitWindowSeconds: d.onlyCouncilCanUpgrade ? null : d.nonCouncilExitWindowSeconds ?? window.seconds,
    securityCouncil: d.securityCouncil,
    permissionlessProofs: d.permissionlessProofs,
    exitWindowSeconds: window.seconds,
    councilOnlyForProvableBugs: d.councilOnlyForProvableBugs
  });
  return {
    name: d.name,
    exitWindow: window,
    dataAvailability: da,
    rosette,
    worst: worseOf(...rosette.map((r) => r.sentiment)),
    stage,
    unmet
  };
}
export {
  assessL2
};
