import { z } from 'zod';
import {
  DATA_AVAILABILITY,
  EXIT_WINDOW_RULES,
  type L2Design,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION,
  type ZK_STAGE_ITEMS,
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

const maybe = z.boolean().nullable().optional();

/**
 * The fields of the JSON file `faultline l2 assess` reads: a design in seconds and L2BEAT's vocabulary
 * (see README). Unknown keys are refused, so a misspelt optional field is not silently ignored.
 * Fields added for L2BEAT's current checklist are optional, and their defaults keep older files' meaning:
 * `exitWindowRule` "standard"; `callsItselfRollup` true; `stage1Principle` and
 * `usersCanExitWithoutCooperation` and `securityCouncilProperlySetUp` absent or null = derived (see
 * `rollupChecklist`); the four ZK items
 * (`noRedTrustedSetups`, `proverSourcePublished`, `verifierContractsReproducible`,
 * `programHashesReproducible`) absent = unmet (false) for `zk-proofs`, not applicable (null) otherwise.
 */
export const L2DesignFields = z.strictObject({
  name: z.string().min(1).optional(),
  upgradeDelaySeconds: seconds,
  upgradeDelay2Seconds: seconds.nullable().optional(),
  exitDelaySeconds: seconds,
  upgradeable: z.boolean().default(true),
  stateValidation: choice(STATE_VALIDATION),
  dataAvailability: choice(DATA_AVAILABILITY),
  dac: committee.nullable().optional(),
  sequencerFailure: choice(SEQUENCER_FAILURE),
  proposerFailure: choice(PROPOSER_FAILURE),
  stateRootsOnL1: z.boolean().default(true),
  externalProofActors: z.number().int().nonnegative().default(0),
  nodeSourceAvailable: z.boolean().default(false),
  securityCouncil: committee.nullable().optional(),
  nonCouncilExitWindowSeconds: seconds.nullable().optional(),
  onlyCouncilCanUpgrade: z.boolean().default(false),
  permissionlessProofs: z.boolean().default(false),
  councilOnlyForProvableBugs: z.boolean().default(false),
  exitWindowRule: z.enum(EXIT_WINDOW_RULES).default('standard'),
  callsItselfRollup: z.boolean().default(true),
  stage1Principle: maybe,
  usersCanExitWithoutCooperation: maybe,
  securityCouncilProperlySetUp: maybe,
  noRedTrustedSetups: maybe,
  proverSourcePublished: maybe,
  verifierContractsReproducible: maybe,
  programHashesReproducible: maybe,
});

const hasDac = (d: { dataAvailability: string; dac?: unknown }) =>
  d.dataAvailability !== 'dac' || (d.dac !== undefined && d.dac !== null);
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
    exitWindowRule: d.exitWindowRule,
    callsItselfRollup: d.callsItselfRollup,
    stage1Principle: d.stage1Principle ?? null,
    usersCanExitWithoutCooperation: d.usersCanExitWithoutCooperation ?? null,
    securityCouncilProperlySetUp: d.securityCouncilProperlySetUp ?? null,
    zk: zkItems(d),
  };
}

/** The ZK Stage 1 items: as stated, else unmet for a ZK-proven design and not applicable otherwise. */
function zkItems(d: z.infer<typeof RegistryDesign>): L2Design['zk'] {
  const fallback = d.stateValidation === 'zk-proofs' ? false : null;
  const item = (key: (typeof ZK_STAGE_ITEMS)[number]) => {
    const v = d[key];
    return v === undefined ? fallback : v;
  };
  return {
    noRedTrustedSetups: item('noRedTrustedSetups'),
    proverSourcePublished: item('proverSourcePublished'),
    verifierContractsReproducible: item('verifierContractsReproducible'),
    programHashesReproducible: item('programHashesReproducible'),
  };
}
