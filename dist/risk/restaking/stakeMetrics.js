// src/risk/restaking/stakeMetrics.ts
var restakedOf = (v) => v.restaked ?? v.stake;
function hhi(amounts) {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return amounts.reduce((sum, x) => sum + 100 * x / total * (100 * x / total), 0);
}
function nakamoto(amounts, share) {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  let sum = 0;
  let count = 0;
  for (const x of [...amounts].sort((a, b) => b - a)) {
    sum += x;
    count++;
    if (sum >= share * total * (1 - 1e-12)) break;
  }
  return count;
}
function neighbourhoodStakes(network) {
  const stake = new Map(network.validators.map((v) => [v.id, v.stake]));
  return new Map(
    network.services.map((s) => [s.id, s.validators.reduce((a, v) => a + (stake.get(v) ?? 0), 0)])
  );
}
function networkStake(network, slashableNetwork = network, topOverlaps = 10) {
  const byId = new Map(network.validators.map((v) => [v.id, v]));
  const slashableOf = neighbourhoodStakes(slashableNetwork);
  const servicesOf = /* @__PURE__ */ new Map();
  const services = network.services.map((s, i) => {
    const members = s.validators.map((id) => byId.get(id));
    for (const v of members) {
      const list = servicesOf.get(v.id);
      if (list) list.push(i);
      else servicesOf.set(v.id, [i]);
    }
    const restakedAmounts = members.map(restakedOf);
    const restaked2 = restakedAmounts.reduce((a, b) => a + b, 0);
    const slashable = slashableOf.get(s.id) ?? 0;
    return {
      service: s.id,
      operators: members.length,
      restaked: restaked2,
      slashable,
      slashableShare: restaked2 > 0 ? slashable / restaked2 : null,
      hhi: hhi(restakedAmounts),
      nakamoto: nakamoto(restakedAmounts, s.alpha)
    };
  });
  const shared = /* @__PURE__ */ new Map();
  for (const v of network.validators) {
    const list = servicesOf.get(v.id) ?? [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]},${list[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + restakedOf(v));
      }
    }
  }
  const overlaps = [...shared].map(([key, amount]) => {
    const [i, j] = key.split(",").map(Number);
    const smaller = Math.min(services[i].restaked, services[j].restaked);
    return {
      a: services[i].service,
      b: services[j].service,
      share: smaller > 0 ? amount / smaller : 0
    };
  });
  overlaps.sort((x, y) => y.share - x.share || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const restaked = network.validators.reduce((a, v) => a + restakedOf(v), 0);
  const promised = services.reduce((a, s) => a + s.restaked, 0);
  return {
    services,
    leverage: restaked > 0 ? promised / restaked : 0,
    validatorLeverage: network.validators.map((v) => ({
      validator: v.id,
      services: servicesOf.get(v.id)?.length ?? 0
    })),
    overlaps: overlaps.slice(0, topOverlaps),
    restaked,
    slashable: slashableNetwork.validators.reduce((a, v) => a + v.stake, 0)
  };
}
function liquidityMismatch(tokens, delayDays) {
  return tokens.map((t) => {
    const stuck = Math.max(0, t.value - t.instantLiquidity);
    return {
      token: t.id,
      value: t.value,
      instantLiquidity: t.instantLiquidity,
      stuck,
      stuckShare: t.value > 0 ? stuck / t.value : 0,
      delayDays
    };
  });
}
export {
  hhi,
  liquidityMismatch,
  nakamoto,
  networkStake
};
