import { z } from 'zod';
import {
  DATA_AVAILABILITY,
  type L2Design,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION,
} from '../../model/l2-design.ts';
import { readJsonFile } from './readJsonFile.ts';

const seconds = z.number().int().nonnegative();
/** A committee's threshold is at most its member count (an undisclosed count, null, passes). */
export const atMostMembers = (c: { members: number | null; threshold: number | null }) =>
  c.members === null || c.threshold === null || c.threshold <= c.members;
export const overMembers = { message: 'threshold is above the member count', path: ['threshold'] };

const committee = z
  .strictObject({ members: z.number().int().positive(), threshold: z.number().int().positive() })
  .refine(atMostMembers, overMembers);
const choice = <T extends Record<string, unknown>>(values: T) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]);

/**
 * The fields of the JSON file `faultline l2 assess` reads: a design in seconds and L2BEAT's vocabulary
 * (see README). Unknown keys are refused, so a misspelt optional field is not silently ignored.
 */
export const L2DesignFields = z.strictObject({
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
  councilOnlyForProvableBugs: z.boolean().default(false),
});

const hasDac = (d: { dataAvailability: string; dac?: unknown }) =>
  d.dataAvailability !== 'dac' || d.dac !== undefined;
const needsDac = { message: 'dataAvailability "dac" needs dac: {members, threshold}', path: ['dac'] };

export const L2DesignFile = L2DesignFields.refine(hasDac, needsDac);

/** A design inside a registry file: the same fields, but an exit delay the public record lacks may be null. */
export const RegistryDesign = L2DesignFields.extend({ exitDelaySeconds: seconds.nullable() }).refine(
  hasDac,
  needsDac,
);

/** Reads and checks an L2 design file; an error names the file, the field and what is allowed. */
export function readL2Design(file: string): L2Design {
  return l2Design(readJsonFile(file, L2DesignFile));
}

/** A checked design file as the engine's `L2Design` (absent optional fields become null). */
export function l2Design(d: z.infer<typeof RegistryDesign>): L2Design {
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
    councilOnlyForProvableBugs: d.councilOnlyForProvableBugs,
  };
}
