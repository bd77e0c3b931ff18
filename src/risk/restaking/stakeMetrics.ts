import type { LiquidToken, RestakingNetwork } from '../../model/restaking.ts';

/** One service's stake: what is reported as securing it against what an attack would actually forfeit. */
export interface ServiceStake {
  service: string;
  operators: number;
  restaked: number;
  slashable: number;
  /** slashable / restaked; null when nothing is restaked. */
  slashableShare: number | null;
  /** Herfindahl–Hirschman index of operators' restaked shares, 0..10,000. */
  hhi: number;
  /** The fewest operators whose restaked stake reaches the service's α (they can attack it alone). */
  nakamoto: number;
}

export interface StakeOverlap {
  a: string;
  b: string;
  /** Restaked stake that secures both services, as a share of the smaller one's. */
  share: number;
}

export interface NetworkStake {
  services: ServiceStake[];
  /** Σ over services of restaked stake / Σ over validators of restaked stake: the same stake counted that many times. */
  leverage: number;
  /** Per validator: how many services its stake is promised to. */
  validatorLeverage: { validator: string; services: number }[];
  /** Pairs of services sharing the most stake, largest share first. */
  overlaps: StakeOverlap[];
  restaked: number;
  slashable: number;
}

const restakedOf = (v: { stake: number; restaked: number | null }) => v.restaked ?? v.stake;

/** Herfindahl–Hirschman index of a list of amounts, on the 0..10,000 scale. */
export function hhi(amounts: number[]): number {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return amounts.reduce((sum, x) => sum + ((100 * x) / total) * ((100 * x) / total), 0);
}

/** The fewest of the largest amounts whose sum reaches `share` of the total (0 when the total is 0). */
export function nakamoto(amounts: number[], share: number): number {
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

/** σ_{N(s)} per service id. */
function neighbourhoodStakes(network: RestakingNetwork): Map<string, number> {
  const stake = new Map(network.validators.map((v) => [v.id, v.stake]));
  return new Map(
    network.services.map((s) => [s.id, s.validators.reduce((a, v) => a + (stake.get(v) ?? 0), 0)]),
  );
}

/**
 * Restaked vs slashable stake per service, operator concentration (HHI, Nakamoto at α), security leverage
 * and the stake services share (MODELS §6: restaked ≠ slashable, report both and the ratio). Restaked
 * figures come from `network`; slashable ones from `slashableNetwork`, the same services on the stake an
 * attack forfeits (for an EigenLayer file, its slashable graph; for a graph file, the network itself).
 */
export function networkStake(
  network: RestakingNetwork,
  slashableNetwork: RestakingNetwork = network,
  topOverlaps = 10,
): NetworkStake {
  const byId = new Map(network.validators.map((v) => [v.id, v]));
  const slashableOf = neighbourhoodStakes(slashableNetwork);
  const servicesOf = new Map<string, number[]>();
  const services = network.services.map((s, i) => {
    const members = s.validators.map((id) => byId.get(id) as (typeof network.validators)[number]);
    for (const v of members) {
      const list = servicesOf.get(v.id);
      if (list) list.push(i);
      else servicesOf.set(v.id, [i]);
    }
    const restakedAmounts = members.map(restakedOf);
    const restaked = restakedAmounts.reduce((a, b) => a + b, 0);
    const slashable = slashableOf.get(s.id) ?? 0;
    return {
      service: s.id,
      operators: members.length,
      restaked,
      slashable,
      slashableShare: restaked > 0 ? slashable / restaked : null,
      hhi: hhi(restakedAmounts),
      nakamoto: nakamoto(restakedAmounts, s.alpha),
    };
  });
  const shared = new Map<string, number>();
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
    const [i, j] = key.split(',').map(Number) as [number, number];
    const smaller = Math.min((services[i] as ServiceStake).restaked, (services[j] as ServiceStake).restaked);
    return {
      a: (services[i] as ServiceStake).service,
      b: (services[j] as ServiceStake).service,
      share: smaller > 0 ? amount / smaller : 0,
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
      services: servicesOf.get(v.id)?.length ?? 0,
    })),
    overlaps: overlaps.slice(0, topOverlaps),
    restaked,
    slashable: slashableNetwork.validators.reduce((a, v) => a + v.stake, 0),
  };
}

export interface LiquidityMismatch {
  token: string;
  value: number;
  instantLiquidity: number;
  /** Value that cannot leave before the withdrawal delay ends if every holder exits at once. */
  stuck: number;
  stuckShare: number;
  delayDays: number;
}

/**
 * The run a liquid restaking token invites: holders can sell at once, the stake behind it leaves only
 * after the withdrawal delay (14 days on EigenLayer), so all but the instant liquidity waits.
 */
export function liquidityMismatch(tokens: LiquidToken[], delayDays: number): LiquidityMismatch[] {
  return tokens.map((t) => {
    const stuck = Math.max(0, t.value - t.instantLiquidity);
    return {
      token: t.id,
      value: t.value,
      instantLiquidity: t.instantLiquidity,
      stuck,
      stuckShare: t.value > 0 ? stuck / t.value : 0,
      delayDays,
    };
  });
}
