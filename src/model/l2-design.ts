import { z } from 'zod';
import type { Sentiment } from './l2-risk.ts';

/**
 * How state transitions are checked (L2BEAT's State Validation), and the sentiment L2BEAT gives each.
 * Permissioned fraud proofs are warning only with at least 5 challengers outside the operator, else bad
 * (l2beat riskView.ts @ 95a67bc `STATE_ARBITRUM_PERMISSIONED_FRAUD_PROOFS`); `assessL2` applies that.
 */
export const STATE_VALIDATION = {
  'zk-proofs': 'good',
  'fraud-proofs': 'good',
  'fraud-proofs-permissioned': 'warning',
  'sgx-proofs': 'bad',
  none: 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/** Where transaction data is published (L2BEAT's Data Availability); `dac` is judged by its committee. */
export const DATA_AVAILABILITY = {
  onchain: 'good',
  dac: null,
  external: 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment | null>;

/**
 * What users can do if the sequencer stops or censors (L2BEAT's Sequencer Failure). `log-via-l1` is L2BEAT's
 * `SEQUENCER_CAN_SKIP` ("Log via L1": users log transactions on L1, the sequencer can skip them, the
 * Security Council minority can bypass it; Starknet).
 */
export const SEQUENCER_FAILURE = {
  'self-sequence': 'good',
  'force-via-l1': 'good',
  'enqueue-via-l1': 'warning',
  'log-via-l1': 'warning',
  'no-mechanism': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/**
 * What users can do if the proposer stops (L2BEAT's Proposer Failure). The whitelisted-proposer values:
 * `replace-proposer` (`PROPOSER_WHITELIST_GOVERNANCE`: decentralised governance can replace the proposer)
 * and `security-council-minority` (`PROPOSER_WHITELIST_SECURITY_COUNCIL`: the council minority is itself a
 * permissioned proposer; Starknet), both warning.
 */
export const PROPOSER_FAILURE = {
  'self-propose': 'good',
  'use-escape-hatch': 'good',
  'replace-proposer': 'warning',
  'security-council-minority': 'warning',
  'cannot-withdraw': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/** L2BEAT's exit-window rules: `EXIT_WINDOW` (standard), `EXIT_WINDOW_STARKNET`, `EXIT_WINDOW_ZKSTACK`. */
export const EXIT_WINDOW_RULES = ['standard', 'starknet', 'zkstack'] as const;

/** The Stage 1 items about ZK proof systems; null where the system has no ZK proofs (then they do not apply). */
export const ZK_STAGE_ITEMS = [
  'noRedTrustedSetups',
  'proverSourcePublished',
  'verifierContractsReproducible',
  'programHashesReproducible',
] as const;

/**
 * A rollup-style system's design, as `faultline l2 assess` reads it: delays in seconds, the four
 * rosette choices, an optional data-availability committee, and the facts L2BEAT's stages ask about
 * (absent facts count as unmet, and are listed as such).
 */
export type L2Design = {
  name: string | null;
  upgradeDelaySeconds: number;
  upgradeDelay2Seconds: number | null;
  /** Null when not known (registry files only; `l2 assess` needs a number). */
  exitDelaySeconds: number | null;
  upgradeable: boolean;
  stateValidation: keyof typeof STATE_VALIDATION;
  dataAvailability: keyof typeof DATA_AVAILABILITY;
  dac: { members: number; threshold: number } | null;
  sequencerFailure: keyof typeof SEQUENCER_FAILURE;
  proposerFailure: keyof typeof PROPOSER_FAILURE;
  stateRootsOnL1: boolean;
  externalProofActors: number;
  nodeSourceAvailable: boolean;
  securityCouncil: { members: number; threshold: number } | null;
  /** Exit window before upgrades not made by the security council (seconds); null: same as the exit window. */
  nonCouncilExitWindowSeconds: number | null;
  /** Every upgrade path goes through the security council, so no upgrade can be made without it. */
  onlyCouncilCanUpgrade: boolean;
  permissionlessProofs: boolean;
  councilOnlyForProvableBugs: boolean;
  /** Which of L2BEAT's exit-window rules applies. */
  exitWindowRule: (typeof EXIT_WINDOW_RULES)[number];
  callsItselfRollup: boolean;
  /** L2BEAT's Stage 1 principle as stated for the system; null: derived from the three classic Stage 1 items. */
  stage1Principle: boolean | null;
  /** Stated outright; null: derived from the sequencer and proposer failure modes. */
  usersCanExitWithoutCooperation: boolean | null;
  /** Stated outright (L2BEAT's checklist) when the council's counts are not on record; null: derived from them. */
  securityCouncilProperlySetUp: boolean | null;
  /** The ZK Stage 1 items: met, unmet, or null when they do not apply. */
  zk: Record<(typeof ZK_STAGE_ITEMS)[number], boolean | null>;
};

const seconds = z.number().int().nonnegative();

/** A committee's threshold is at most its member count (an undisclosed count, null, passes). */
export const atMostMembers = (c: { members: number | null; threshold: number | null }) =>
  c.members === null || c.threshold === null || c.threshold <= c.members;
/** The refusal of a threshold above the member count, placed at `threshold`. */
export const overMembers = { message: 'threshold is above the member count', path: ['threshold'] };

const committee = z
  .strictObject({ members: z.number().int().positive(), threshold: z.number().int().positive() })
  .refine(atMostMembers, overMembers);
const choice = <T extends Record<string, unknown>>(values: T) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]);
const maybe = z.boolean().nullable().optional();

/**
 * The fields of an L2 design as a user writes it (`faultline l2 assess FILE`, the API's request body, a
 * registry entry's `design`): delays in seconds and L2BEAT's vocabulary. Unknown keys are refused, so a
 * misspelt optional field is not silently ignored. Fields added for L2BEAT's current checklist are
 * optional, and their defaults keep older files' meaning: `exitWindowRule` "standard"; `callsItselfRollup`
 * true; `stage1Principle`, `usersCanExitWithoutCooperation` and `securityCouncilProperlySetUp` absent or
 * null = derived (see `risk/l2/rollupChecklist.ts`); the four ZK items absent = unmet (false) for
 * `zk-proofs`, not applicable (null) otherwise.
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

/** The written fields of a design whose exit delay may be unknown (a registry entry), as checked. */
type WrittenDesign = Omit<z.output<typeof L2DesignFields>, 'exitDelaySeconds'> & {
  exitDelaySeconds: number | null;
};

const hasDac = (d: { dataAvailability: string; dac?: unknown }) =>
  d.dataAvailability !== 'dac' || (d.dac !== undefined && d.dac !== null);
const needsDac = { message: 'dataAvailability "dac" needs dac: {members, threshold}', path: ['dac'] };

/** The ZK Stage 1 items: as stated, else unmet for a ZK-proven design and not applicable otherwise. */
function zkItems(d: WrittenDesign): L2Design['zk'] {
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

/** A checked written design as the engine's `L2Design` (absent optional fields become null). */
export function toL2Design(d: WrittenDesign): L2Design {
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

/**
 * An L2 design as `faultline l2 assess` reads it (a file or a request body), checked and turned into the
 * engine's `L2Design`: a committee DA needs its committee, no threshold exceeds its member count.
 * @example L2Design.parse(JSON.parse(readFileSync('examples/l2-design.json', 'utf8'))).exitDelaySeconds === 604800
 */
export const L2Design = L2DesignFields.refine(hasDac, needsDac).transform(toL2Design);

/** A design inside a registry entry: the same fields, but an exit delay the public record lacks may be null. */
export const RegistryL2Design = L2DesignFields.extend({ exitDelaySeconds: seconds.nullable() })
  .refine(hasDac, needsDac)
  .transform(toL2Design);
