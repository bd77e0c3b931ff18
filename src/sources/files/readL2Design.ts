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
const committee = z
  .strictObject({ members: z.number().int().positive(), threshold: z.number().int().positive() })
  .refine((c) => c.threshold <= c.members, {
    message: 'threshold is above the member count',
    path: ['threshold'],
  });
const choice = <T extends Record<string, unknown>>(values: T) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]);

/**
 * The JSON file `faultline l2 assess` reads: a design in seconds and L2BEAT's vocabulary (see README).
 * Unknown keys are refused, so a misspelt optional field is not silently ignored.
 */
export const L2DesignFile = z
  .strictObject({
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
    permissionlessProofs: z.boolean().default(false),
    councilOnlyForProvableBugs: z.boolean().default(false),
  })
  .refine((d) => d.dataAvailability !== 'dac' || d.dac !== undefined, {
    message: 'dataAvailability "dac" needs dac: {members, threshold}',
    path: ['dac'],
  });

/** Reads and checks an L2 design file; an error names the file, the field and what is allowed. */
export function readL2Design(file: string): L2Design {
  const d = readJsonFile(file, L2DesignFile);
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
    permissionlessProofs: d.permissionlessProofs,
    councilOnlyForProvableBugs: d.councilOnlyForProvableBugs,
  };
}
