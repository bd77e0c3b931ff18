import type { ExactGraph } from './exactGraph.ts';
import type { Graph } from './graph.ts';

/**
 * A validator set that attacks every service in `services` for less stake than `below` (σ_B∩N(s) ≥
 * ⌈α_s·σ_{N(s)}⌉ for each, σ_B < below), found by exact depth-first search in integers; null when there is
 * none. Validators are tried largest first, and a branch is cut when what it holds plus the largest
 * remaining need reaches `below`, or when a service can no longer be attacked. `stop` is asked every
 * 1,024 nodes and aborts the search by throwing.
 */
export function cheaperCover(
  g: Graph,
  eg: ExactGraph,
  services: number[],
  below: bigint,
  stop: () => void,
): number[] | null {
  const remaining = new Map<number, bigint>();
  const available = new Map<number, bigint>();
  const servicesOf = new Map<number, number[]>();
  for (const s of services) {
    remaining.set(s, eg.need[s] as bigint);
    let sum = 0n;
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      const sigma = eg.stake[v] as bigint;
      if (sigma === 0n) continue;
      sum += sigma;
      const list = servicesOf.get(v);
      if (list) list.push(s);
      else servicesOf.set(v, [s]);
    }
    available.set(s, sum);
  }
  const order = [...servicesOf.keys()].sort((a, b) => {
    const d = (eg.stake[b] as bigint) - (eg.stake[a] as bigint);
    return d > 0n ? 1 : d < 0n ? -1 : a - b;
  });
  const chosen: number[] = [];
  let nodes = 0;

  const search = (from: number, held: bigint): boolean => {
    if (++nodes % 1024 === 0) stop();
    let most = 0n;
    for (const [s, r] of remaining) {
      if (r > most) most = r;
      if (r > (available.get(s) as bigint)) return false;
    }
    if (most === 0n) return held < below;
    if (held + most >= below) return false;
    let i = from;
    while (
      i < order.length &&
      (servicesOf.get(order[i] as number) ?? []).every((s) => (remaining.get(s) as bigint) <= 0n)
    )
      i++;
    if (i === order.length) return false;
    const v = order[i] as number;
    const sigma = eg.stake[v] as bigint;
    const mine = servicesOf.get(v) as number[];
    const shift = (map: Map<number, bigint>, by: bigint) => {
      for (const s of mine) map.set(s, (map.get(s) as bigint) + by);
    };
    shift(available, -sigma);
    shift(remaining, -sigma);
    chosen.push(v);
    if (search(i + 1, held + sigma)) return true;
    chosen.pop();
    shift(remaining, sigma);
    const found = search(i + 1, held);
    shift(available, sigma);
    return found;
  };
  return search(0, 0n) ? chosen.sort((a, b) => a - b) : null;
}
