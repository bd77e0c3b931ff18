import { UsageError } from '../../core/errors.ts';
import type { Assumption, NetworkInput, RestakingNetwork } from '../../model/restaking.ts';
import { checkSecurity, type SecurityCertificate } from './attackSearch.ts';
import { type Cascade, worstCascade } from './cascade.ts';
import { type EigenLayerGraphs, eigenLayerGraphs } from './eigenlayerGraph.ts';
import { toGraph } from './graph.ts';
import type { Highs } from './milp.ts';
import {
  type LiquidityMismatch,
  liquidityMismatch,
  type NetworkStake,
  networkStake,
} from './stakeMetrics.ts';
import { type ConditionRow, sufficientCondition } from './sufficientCondition.ts';

export interface AssessOptions {
  psi?: number;
  /** Validator ids (or, for EigenLayer files, operator ids: all their nodes) to shock. */
  shock?: string[];
  timeLimitSeconds?: number;
}

export interface NetworkAssessment {
  name: string | null;
  unit: string | null;
  format: 'graph' | 'eigenlayer';
  /** The graph that was checked: what an attack would forfeit. */
  network: RestakingNetwork;
  certificate: SecurityCertificate;
  sufficientCondition: ConditionRow[];
  cascade: Cascade | null;
  /** EigenLayer files: the same check on restaked stake, the security as dashboards report it. */
  onPaper: SecurityCertificate | null;
  stake: NetworkStake;
  liquidity: LiquidityMismatch[];
  /** EigenLayer files: how each node's slashable stake was computed. */
  conversion: string[];
  assumptions: Assumption[];
  /** Reported totals per operator set (EigenLayer files), to set beside the computed ones. */
  reported: { service: string; restaked: number | null; stakers: number | null }[];
}

/** The network the exact check runs on: the file's graph, or an EigenLayer file's slashable graph. */
export function checkedNetwork(input: NetworkInput): RestakingNetwork {
  return input.format === 'eigenlayer' ? eigenLayerGraphs(input.network).slashable : input.network;
}

/**
 * Everything `restaking check` and `restaking report` show for one network file: the sufficient
 * condition, the exact check with its certificate, the worst cascade for a shock, and the stake
 * metrics. EigenLayer files are checked on slashable stake and, beside it, on restaked stake. A caller
 * that has already checked `checkedNetwork(input)` passes that certificate as `given` (its γ lower end
 * then bounds the cascade).
 */
export function assessNetwork(
  highs: Highs,
  input: NetworkInput,
  options: AssessOptions = {},
  given?: SecurityCertificate,
): NetworkAssessment {
  const budget = options.timeLimitSeconds ?? 20;
  const graphs = input.format === 'eigenlayer' ? eigenLayerGraphs(input.network) : null;
  const network: RestakingNetwork =
    input.format === 'eigenlayer' ? (graphs as EigenLayerGraphs).slashable : input.network;
  const g = toGraph(network);
  const certificate = given ?? checkSecurity(highs, g, { timeLimitSeconds: budget });
  let cascade: Cascade | null = null;
  if (options.shock !== undefined || options.psi !== undefined) {
    const shock = options.shock
      ? { validators: shockIndices(g.validatorIds, options.shock) }
      : { psi: options.psi as number };
    cascade = worstCascade(highs, g, shock, certificate.gammaLowerBound, budget);
  }
  const stake = graphs ? networkStake(graphs.restaked, network) : networkStake(network);
  return {
    name: network.name,
    unit: network.unit,
    format: input.format,
    network,
    certificate,
    sufficientCondition: sufficientCondition(g),
    cascade,
    onPaper: graphs ? checkSecurity(highs, toGraph(graphs.restaked), { timeLimitSeconds: budget }) : null,
    stake,
    liquidity:
      input.format === 'eigenlayer'
        ? liquidityMismatch(input.network.liquidTokens, input.network.withdrawalDelayDays)
        : [],
    conversion: graphs?.lines ?? [],
    assumptions: input.format === 'eigenlayer' ? input.network.assumptions : input.assumptions,
    reported:
      input.format === 'eigenlayer'
        ? input.network.operatorSets.map((s) => ({
            service: `${s.avs}:${s.set}`,
            restaked: s.reportedRestaked,
            stakers: s.stakers,
          }))
        : [],
  };
}

/** Validator indices for shock ids; an operator id stands for every node `operator@set`. */
function shockIndices(ids: string[], wanted: string[]): number[] {
  const out = new Set<number>();
  for (const w of wanted) {
    const hits = ids.flatMap((id, i) => (id === w || id.startsWith(`${w}@`) ? [i] : []));
    if (hits.length === 0)
      throw new UsageError(`no validator or operator "${w}" in the network`, { field: 'shock' });
    for (const i of hits) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
