import type { Day } from '../core/day.ts';
import type { TokenBalance } from '../model/tvl.ts';

/** A change in value split into money moving (inflows) and prices moving (USD). */
export type FlowSplit = {
  from: Day;
  to: Day;
  startUsd: number;
  endUsd: number;
  deltaUsd: number;
  /** `Σ_t Σ_token (balance_t − balance_{t−1}) × price_t`: negative when money left. */
  inflowsUsd: number;
  /** `ΔTVL − inflows`: what price moves alone did. */
  priceEffectUsd: number;
  /** Tokens with no price, left out of every figure above. */
  unpricedTokens: string[];
  /** Stored days left out because their priced holdings exceeded the cap (bad amounts upstream). */
  implausibleDays: Day[];
};

/** A token's USD price on a day, or null when unknown. */
export type TokenPrice = (token: string, day: Day) => number | null;

/**
 * Splits the change in a protocol's priced token holdings between two days into inflows and price
 * effect (MODELS §1). Balances are read on the days stored between `from` and `to`; a token absent on
 * a stored day holds zero. Days without a price for a token add nothing for that token that day. A
 * day whose priced holdings exceed `maxDayUsd` (say, 1.5× the protocol's peak TVL) has impossible
 * amounts and is left out, listed in `implausibleDays`. Returns null when fewer than two days remain.
 */
export function splitFlows(
  balances: readonly TokenBalance[],
  price: TokenPrice,
  from: Day,
  to: Day,
  maxDayUsd = Number.POSITIVE_INFINITY,
): FlowSplit | null {
  const byDay = new Map<Day, Map<string, number>>();
  for (const b of balances) {
    if (b.day < from || b.day > to) continue;
    const tokens = byDay.get(b.day) ?? new Map<string, number>();
    tokens.set(b.token, (tokens.get(b.token) ?? 0) + b.amount);
    byDay.set(b.day, tokens);
  }
  const unpriced = new Set<string>();
  const valueOn = (day: Day) => {
    let usd = 0;
    for (const [token, amount] of byDay.get(day) ?? []) {
      const p = price(token, day);
      if (p === null) unpriced.add(token);
      else usd += amount * p;
    }
    return usd;
  };
  const implausibleDays = [...byDay.keys()].filter((day) => valueOn(day) > maxDayUsd).sort();
  for (const day of implausibleDays) byDay.delete(day);
  const days = [...byDay.keys()].sort();
  if (days.length < 2) return null;
  let inflows = 0;
  for (let i = 1; i < days.length; i++) {
    const day = days[i] as Day;
    const now = byDay.get(day) as Map<string, number>;
    const before = byDay.get(days[i - 1] as Day) as Map<string, number>;
    for (const token of new Set([...now.keys(), ...before.keys()])) {
      const p = price(token, day);
      if (p === null) {
        unpriced.add(token);
        continue;
      }
      inflows += ((now.get(token) ?? 0) - (before.get(token) ?? 0)) * p;
    }
  }
  const first = days[0] as Day;
  const last = days.at(-1) as Day;
  const startUsd = valueOn(first);
  const endUsd = valueOn(last);
  return {
    from: first,
    to: last,
    startUsd,
    endUsd,
    deltaUsd: endUsd - startUsd,
    inflowsUsd: inflows,
    priceEffectUsd: endUsd - startUsd - inflows,
    unpricedTokens: [...unpriced].sort(),
    implausibleDays,
  };
}
