import {
  type EigenLayerNetwork,
  type OperatorSet,
  operatorSetId,
  type RestakingNetwork,
  type RestakingValidator,
} from '../../model/restaking.ts';

/** An EigenLayer network as two graphs, with the arithmetic behind each node. */
export interface EigenLayerGraphs {
  /**
   * What an attack forfeits (ELIP-002 unique stake): one node per operator and operator set, with the
   * stake slashable by that set alone (delegated × magnitude / max magnitude; 0 if the set cannot slash).
   */
  slashable: RestakingNetwork;
  /** What dashboards call security: operators with their whole delegated stake, in every set they joined. */
  restaked: RestakingNetwork;
  /** One line per node of the slashable graph: how its stake was computed. */
  lines: string[];
}

// One formatter for every number: toLocaleString with options builds a new one per call.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const fmt = (x: number) => NUMBER.format(x);

/** Converts EigenLayer's operators, strategies, sets and allocations to the graph of MODELS §6. */
export function eigenLayerGraphs(el: EigenLayerNetwork): EigenLayerGraphs {
  const valuePerShare = new Map(el.strategies.map((s) => [s.id, s.valuePerShare]));
  const sets = new Map(el.operatorSets.map((s) => [operatorSetId(s), s]));
  const members = new Map<string, string[]>(el.operatorSets.map((s) => [operatorSetId(s), []]));
  const restakedMembers = new Map<string, Set<string>>(
    el.operatorSets.map((s) => [operatorSetId(s), new Set()]),
  );
  const nodes = new Map<string, RestakingValidator>();
  const lines: string[] = [];
  const operators: RestakingValidator[] = [];
  for (const op of el.operators) {
    const delegated = Object.entries(op.shares).reduce(
      (sum, [strategy, shares]) => sum + shares * (valuePerShare.get(strategy) as number),
      0,
    );
    operators.push({ id: op.id, stake: delegated, restaked: delegated });
    for (const a of op.allocations) {
      const setId = operatorSetId(a);
      const set = sets.get(setId) as OperatorSet;
      const node = `${op.id}@${setId}`;
      const shares = op.shares[a.strategy] ?? 0;
      const vps = valuePerShare.get(a.strategy) as number;
      const max = op.maxMagnitude[a.strategy] as number;
      const amount = set.slashable ? (shares * vps * a.magnitude) / max : 0;
      const existing = nodes.get(node);
      if (existing) existing.stake += amount;
      else {
        nodes.set(node, { id: node, stake: amount, restaked: delegated });
        members.get(setId)?.push(node);
      }
      restakedMembers.get(setId)?.add(op.id);
      lines.push(
        `${node}: ${fmt(shares)} ${a.strategy} shares × ${fmt(vps)} ${el.unit ?? ''} × ${fmt(a.magnitude)}/${fmt(max)}` +
          (set.slashable ? ` = ${fmt(amount)}` : ` → 0 (${setId} has not enabled slashing)`),
      );
    }
  }
  const services = (ids: Map<string, Iterable<string>>) =>
    el.operatorSets.map((s) => ({
      id: operatorSetId(s),
      alpha: s.alpha,
      profit: s.profit,
      validators: [...(ids.get(operatorSetId(s)) ?? [])],
    }));
  return {
    slashable: { name: el.name, unit: el.unit, validators: [...nodes.values()], services: services(members) },
    restaked: { name: el.name, unit: el.unit, validators: operators, services: services(restakedMembers) },
    lines,
  };
}
