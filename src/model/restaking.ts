/**
 * A restaking network in the form of Durvasula & Roughgarden's *Robust Restaking Networks* (MODELS §6):
 * validators with stake, services with an attack threshold α and a corruption profit π, each secured by
 * a set of validators. Stakes and profits share one unit.
 */
export interface RestakingNetwork {
  name: string | null;
  /** What stakes and profits are counted in ("ETH", "USD", ...); null when the file does not say. */
  unit: string | null;
  validators: RestakingValidator[];
  services: RestakingService[];
}

export interface RestakingValidator {
  id: string;
  /** σ_v: the stake an attack by this validator forfeits (its slashable stake). */
  stake: number;
  /** The stake reported as securing services (restaked), when it differs from what can be slashed. */
  restaked: number | null;
}

export interface RestakingService {
  id: string;
  /** α_s in (0, 1]: the share of the service's stake an attack needs. */
  alpha: number;
  /** π_s: what corrupting the service is worth to an attacker. */
  profit: number;
  /** N(s): the ids of the validators that secure the service. */
  validators: string[];
}

/** An operator set of the EigenLayer form: an AVS's set with the threshold and profit the graph needs. */
export interface OperatorSet {
  avs: string;
  set: number;
  alpha: number;
  profit: number;
  /** False when the AVS has not enabled slashing: registered stake is restaked but not slashable. */
  slashable: boolean;
  /** What the public record says the set holds and how many addresses stake to it, when given. */
  reportedRestaked: number | null;
  stakers: number | null;
}

export interface Strategy {
  id: string;
  /** The value of one share in the file's unit. */
  valuePerShare: number;
}

export interface OperatorAllocation {
  avs: string;
  set: number;
  strategy: string;
  /** Allocated magnitude out of the operator's max magnitude for the strategy. */
  magnitude: number;
}

export interface Operator {
  id: string;
  /** Shares delegated to the operator per strategy. */
  shares: Record<string, number>;
  /** Max magnitude per strategy (starts at 1e18 on chain, only falls). */
  maxMagnitude: Record<string, number>;
  allocations: OperatorAllocation[];
}

/** A liquid restaking token: value that trades at once against stake that takes the withdrawal delay to leave. */
export interface LiquidToken {
  id: string;
  value: number;
  /** Value that can leave before the delay ends: redemption buffer plus DEX depth at an acceptable price. */
  instantLiquidity: number;
}

/** A statement about which parts of an example file are assumptions rather than the public record. */
export interface Assumption {
  field: string;
  text: string;
}

/** EigenLayer's own vocabulary (ELIP-002): strategies, operators, operator sets and allocations. */
export interface EigenLayerNetwork {
  name: string | null;
  unit: string | null;
  strategies: Strategy[];
  operatorSets: OperatorSet[];
  operators: Operator[];
  liquidTokens: LiquidToken[];
  /** Delay before queued withdrawals and deallocations complete, in days (14 on mainnet). */
  withdrawalDelayDays: number;
  assumptions: Assumption[];
  sources: string[];
}

/** A restaking network file as read: the graph itself, or EigenLayer's form to be converted. */
export type NetworkInput =
  | { format: 'graph'; network: RestakingNetwork; assumptions: Assumption[] }
  | { format: 'eigenlayer'; network: EigenLayerNetwork };

/** EigenLayer's deallocation and withdrawal delay: 100,800 blocks of 12 s. */
export const EIGENLAYER_WITHDRAWAL_DELAY_DAYS = (100_800 * 12) / 86_400;

/** The name of an operator set as a service id: `AVS:set`. */
export const operatorSetId = (s: { avs: string; set: number }) => `${s.avs}:${s.set}`;
