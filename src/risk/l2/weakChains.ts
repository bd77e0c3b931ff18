import type { Day } from '../../core/day.ts';
import type { SystemFacts, SystemHistory } from '../../model/system.ts';
import { assessSystem, type SystemRisk } from './systemRisk.ts';

/**
 * The weaknesses that make a chain's L2 or bridge weak for the sustainability score (the weak-L2 exposure
 * factor): exit window None, no proof of state validity, a bridge held by a federation, signer set or
 * custodian, or one party alone able to steal (the exposure buckets of the same names).
 */
export const WEAK_KEYS = ['exitWindowNone', 'proofsAbsent', 'federatedBridge', 'singlePartySteal'] as const;

/** Whether an assessed system has one of the weaknesses of `WEAK_KEYS`. */
export function isWeak(risk: SystemRisk): boolean {
  return WEAK_KEYS.some((key) =>
    key === 'singlePartySteal'
      ? risk.steal.status === 'parties' && risk.steal.parties === 1
      : risk.flags[key] === true,
  );
}

/** The first day of all: plain facts without a history hold from it. */
const EVER = '0001-01-01' as Day;

/** Per chain, from which day its system is weak or not (oldest first): one row per registry entry. */
export type WeakChainHistory = ReadonlyMap<string, readonly { from: Day; weak: boolean }[]>;

/**
 * Each registry system's weakness entry by entry, keyed by its chain: a score of day D asks
 * `weakChainsOn(history, D)` and so uses the facts in force on D, never today's. Pure.
 * @example weakChainsOn(weakChainHistory(registry), '2024-11-15' as Day).has('base') === true
 */
export function weakChainHistory(registry: readonly (SystemFacts | SystemHistory)[]): WeakChainHistory {
  const out = new Map<string, { from: Day; weak: boolean }[]>();
  for (const system of registry) {
    // Plain facts (no history) hold on every day.
    const entries = 'history' in system ? system.history.entries : [{ from: EVER, facts: system }];
    const rows = entries.map((e) => ({ from: e.from, weak: isWeak(assessSystem(e.facts)) }));
    out.set(
      system.chain,
      [...(out.get(system.chain) ?? []), ...rows].sort((a, b) => (a.from < b.from ? -1 : 1)),
    );
  }
  return out;
}

/** The chains whose system is weak on `day` (a chain the registry does not know yet on that day is not listed). */
export function weakChainsOn(history: WeakChainHistory, day: Day): Set<string> {
  const weak = new Set<string>();
  for (const [chain, rows] of history) {
    const inForce = rows.filter((r) => r.from <= day).at(-1);
    if (inForce?.weak) weak.add(chain);
  }
  return weak;
}
