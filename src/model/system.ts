import type { Day } from '../core/day.ts';
import type { ChainId } from './chain.ts';
import type { L2Design } from './l2-design.ts';

/**
 * The kinds of system the registry holds (the list: L2BEAT's categories and bitcoinlayers.org's).
 * `other`: L2BEAT's "Others" that neither prove their state nor post their data anywhere checkable (an
 * Agglayer chain on pessimistic proofs, which prove only the bridge's accounting).
 */
export const SYSTEM_TYPES = [
  'optimistic-rollup',
  'zk-rollup',
  'validium',
  'optimium',
  'other',
  'sidechain',
  'federated-sidechain',
  'merge-mined',
  'anchor',
  'bpos',
  'alt-rollup',
  'bitcoin-rollup',
] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];

/**
 * Where a system's transaction data is published: Ethereum or Bitcoin themselves, an external DA layer,
 * a data-availability committee, the system's own validators, a permissioned network of undisclosed members,
 * or nowhere a user can check (`none`: the operator keeps it; L2BEAT's DA layer "None").
 */
export const DA_LAYERS = [
  'ethereum',
  'bitcoin',
  'celestia',
  'eigenda',
  'dac',
  'own-validators',
  'permissioned-network',
  'none',
] as const;
export type DaLayer = (typeof DA_LAYERS)[number];

/** DA layers that are the settlement chain itself: data there cannot be withheld by the system's operators. */
export const ONCHAIN_DA: ReadonlySet<DaLayer> = new Set(['ethereum', 'bitcoin']);

/**
 * A set of actors with a role (sequencer, proposer, validators): one operator, a committee where `threshold`
 * of `members` must sign (null: not disclosed), or an open set anyone may join.
 */
export type Party =
  | { kind: 'single'; name: string }
  | { kind: 'committee'; name: string; members: number | null; threshold: number | null }
  | { kind: 'open'; name: string };

/**
 * Who holds the bridged assets (MODELS §5):
 * - `canonical`: an Ethereum L2's bridge contract, governed by the rollup's own rules (proofs, upgrades);
 * - `bitvm2`: a BitVM2 bridge; `signers` pre-sign the setup, `operators` process withdrawals;
 * - `federation`: an m-of-n multisig (Rootstock's Powpeg: ⌊n/2⌋+1 of HSM-held keys);
 * - `threshold-signers`: a signer set acting at a share of its members (Stacks sBTC: 70%);
 * - `custodian`: one custodian (an MPC wallet run by one company counts as one);
 * - `self-custody`: staked BTC stays in the staker's script; a covenant committee (`threshold` of
 *   `members`) co-signs slashing and early unbonding (Babylon: 6-of-9).
 * A count the public record does not give is null.
 */
export type Custody =
  | { kind: 'canonical' }
  | { kind: 'bitvm2'; signers: number | null; operators: number | null }
  | { kind: 'federation'; members: number | null; threshold: number | null }
  | { kind: 'threshold-signers'; members: number | null; share: number }
  | { kind: 'custodian'; name: string }
  | { kind: 'self-custody'; members: number; threshold: number };

/** The fewest parties that must act together for something to happen to users' funds. */
export type Collusion =
  | { status: 'parties'; parties: number; who: string }
  /** No set of parties can do it (only delay it, within the stated latency). */
  | { status: 'none'; who: string }
  /** The public record does not give the number. */
  | { status: 'unknown'; who: string };

/**
 * The delays a user waits to get out, in seconds. A number is known, null is unknown, and an absent
 * field does not apply to the system.
 */
export type ExitDelays = {
  /** Longest wait before the operator must include a user's transaction (forced inclusion). */
  forcedInclusionSeconds?: number | null;
  /** Challenge period, or the fixed delay before a proven state is final on L1. */
  settlementSeconds?: number | null;
  /** Time a bridge takes to pay out on the base chain (peg-out processing). */
  withdrawalSeconds?: number | null;
  /** Unbonding period of staked assets. */
  unbondingSeconds?: number | null;
};

/** A source behind a fact in the registry, and the day from which the fact it backs holds. */
export type SystemSource = { about: string; url: string; since: Day };

/**
 * One system in Faultline's registry (`registry/<id>.json`) as it stood on one day: an Ethereum L2 or a
 * Bitcoin layer with the facts its risk is computed from, each backed by a source.
 */
export type SystemFacts = {
  id: string;
  name: string;
  kind: 'ethereum-l2' | 'bitcoin-layer';
  chain: ChainId;
  type: SystemType;
  stack: string | null;
  daLayer: DaLayer;
  /** How state transitions are proven, in words; null when they are not. */
  proofSystem: string | null;
  /** The day these facts are taken as of (the day asked for; for the latest view, the day the file was reviewed). */
  asOf: string;
  /** The day from which this state holds: the latest dated entry on or before `asOf`. */
  since: Day;
  l2beatId: string | null;
  bitcoinlayersSlug: string | null;
  /** For Bitcoin staking systems: the protocol whose staked BTC is the value at stake (btc-staking dataset). */
  btcStakingProtocol: string | null;
  /** L2BEAT's facts for an Ethereum L2 (the `l2 assess` format); null for a Bitcoin layer. */
  design: L2Design | null;
  sequencer: Party;
  proposer: Party | null;
  /**
   * Whoever can upgrade the bridge or its verifier with no delay (an emergency path, or an admin with
   * no timelock); null when no one can, or when the record names no one.
   */
  instantUpgrader: Party | null;
  /** Whoever can pause withdrawals (a guardian); null when no one can, or the record names no one. */
  pauser: Party | null;
  custody: Custody;
  delays: ExitDelays;
  /** Notes of every entry in force, oldest first, each prefixed with its day. */
  notes: string[];
  /** The sources of every entry in force, oldest first. */
  sources: SystemSource[];
};

/**
 * A registry system's dated history (`registry/<id>.json`): its latest state (taken as of the day the file
 * was reviewed) with every dated state behind it, oldest first, each entry with its sources.
 * `factsAsOf(system, day)` picks the state of a day.
 */
export type SystemHistory = SystemFacts & {
  history: {
    /** Day the history was last checked against its sources: the latest view is taken as of this day. */
    reviewed: Day;
    /** Each entry's complete state, oldest first (days strictly increasing). */
    entries: { from: Day; facts: SystemFacts }[];
  };
};
