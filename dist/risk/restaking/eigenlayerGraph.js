// src/risk/restaking/eigenlayerGraph.ts
import {
  operatorSetId
} from "../../model/restaking.js";
var fmt = (x) => x.toLocaleString("en-US", { maximumFractionDigits: 6 });
function eigenLayerGraphs(el) {
  const valuePerShare = new Map(el.strategies.map((s) => [s.id, s.valuePerShare]));
  const sets = new Map(el.operatorSets.map((s) => [operatorSetId(s), s]));
  const members = new Map(el.operatorSets.map((s) => [operatorSetId(s), []]));
  const restakedMembers = new Map(
    el.operatorSets.map((s) => [operatorSetId(s), /* @__PURE__ */ new Set()])
  );
  const nodes = /* @__PURE__ */ new Map();
  const lines = [];
  const operators = [];
  for (const op of el.operators) {
    const delegated = Object.entries(op.shares).reduce(
      (sum, [strategy, shares]) => sum + shares * valuePerShare.get(strategy),
      0
    );
    operators.push({ id: op.id, stake: delegated, restaked: delegated });
    for (const a of op.allocations) {
      const setId = operatorSetId(a);
      const set = sets.get(setId);
      const node = `${op.id}@${setId}`;
      const shares = op.shares[a.strategy] ?? 0;
      const vps = valuePerShare.get(a.strategy);
      const max = op.maxMagnitude[a.strategy];
      const amount = set.slashable ? shares * vps * a.magnitude / max : 0;
      const existing = nodes.get(node);
      if (existing) existing.stake += amount;
      else {
        nodes.set(node, { id: node, stake: amount, restaked: delegated });
        members.get(setId)?.push(node);
      }
      restakedMembers.get(setId)?.add(op.id);
      lines.push(
        `${node}: ${fmt(shares)} ${a.strategy} shares \xD7 ${fmt(vps)} ${el.unit ?? ""} \xD7 ${fmt(a.magnitude)}/${fmt(max)}` + (set.slashable ? ` = ${fmt(amount)}` : ` \u2192 0 (${setId} has not enabled slashing)`)
      );
    }
  }
  const services = (ids) => el.operatorSets.map((s) => ({
    id: operatorSetId(s),
    alpha: s.alpha,
    profit: s.profit,
    validators: [...ids.get(operatorSetId(s)) ?? []]
  }));
  return {
    slashable: { name: el.name, unit: el.unit, validators: [...nodes.values()], services: services(members) },
    restaked: { name: el.name, unit: el.unit, validators: operators, services: services(restakedMembers) },
    lines
  };
}
export {
  eigenLayerGraphs
};
