// src/sources/files/readL2Design.ts
import { z } from "zod";
import {
  DATA_AVAILABILITY,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION
} from "../../model/l2-design.js";
import { readJsonFile } from "./readJsonFile.js";
var seconds = z.number().int().nonnegative();
var atMostMembers = (c) => c.members === null || c.threshold === null || c.threshold <= c.members;
var overMembers = { message: "threshold is above the member count", path: ["threshold"] };
var committee = z.strictObject({ members: z.number().int().positive(), threshold: z.number().int().positive() }).refine(atMostMembers, overMembers);
var choice = (values) => z.enum(Object.keys(values));
var L2DesignFields = z.strictObject({
  name: z.string().min(1).optional(),
  upgradeDelaySeconds: seconds,
  upgradeDelay2Seconds: seconds.optional(),
  exitDelaySeconds: seconds,
  upgradeable: z.boolean().default(true),
  stateValidation: choice(STATE_VALIDATION),
  dataAvailability: choice(DATA_AVAILABILITY),
  dac: committee.optional(),
  sequencerFailure: choice(SEQUENCER_FAILURE),
  proposerFailure: choice(PROPOSER_FAILURE),
  stateRootsOnL1: z.boolean().default(true),
  externalProofActors: z.number().int().nonnegative().default(0),
  nodeSourceAvailable: z.boolean().default(false),
  securityCouncil: committee.optional(),
  nonCouncilExitWindowSeconds: seconds.optional(),
  onlyCouncilCanUpgrade: z.boolean().default(false),
  permissionlessProofs: z.boolean().default(false),
  councilOnlyForProvableBugs: z.boolean().default(false)
});
var hasDac = (d) => d.dataAvailability !== "dac" || d.dac !== void 0;
var needsDac = { message: 'dataAvailability "dac" needs dac: {members, threshold}', path: ["dac"] };
var L2DesignFile = L2DesignFields.refine(hasDac, needsDac);
var RegistryDesign = L2DesignFields.extend({ exitDelaySeconds: seconds.nullable() }).refine(
  hasDac,
  needsDac
);
function readL2Design(file) {
  return l2Design(readJsonFile(file, L2DesignFile));
}
function l2Design(d) {
  return {
    name: d.name ?? null,
    upgradeDelaySeconds: d.upgradeDelaySeconds,
    upgradeDelay2Seconds: d.upgradeDelay2Seconds ?? null,
    exitDelaySeconds: d.exitDelaySeconds,
    upgradeable: d.upgradeable,
    stateValidation: d.stateValidation,
    dataAvailability: d.dataAvailability,
    dac: d.dac ?? null,
    sequencerFailure: d.sequencerFailure,
    proposerFailure: d.proposerFailure,
    stateRootsOnL1: d.stateRootsOnL1,
    externalProofActors: d.externalProofActors,
    nodeSourceAvailable: d.nodeSourceAvailable,
    securityCouncil: d.securityCouncil ?? null,
    nonCouncilExitWindowSeconds: d.nonCouncilExitWindowSeconds ?? null,
    onlyCouncilCanUpgrade: d.onlyCouncilCanUpgrade,
    permissionlessProofs: d.permissionlessProofs,
    councilOnlyForProvableBugs: d.councilOnlyForProvableBugs
  };
}
export {
  L2DesignFields,
  L2DesignFile,
  RegistryDesign,
  atMostMembers,
  l2Design,
  overMembers,
  readL2Design
};
