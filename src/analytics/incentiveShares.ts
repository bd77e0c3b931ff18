import { appendTo } from '../core/appendTo.ts';
import type { Day } from '../core/day.ts';
import type { PoolYield } from '../model/poolYield.ts';
import { yieldMix } from '../risk/yield/yieldMix.ts';
import type { Store } from '../store/store.ts';
import type { ProtocolIndex } from './protocolIdentity.ts';

/**
 * Each protocol's incentive share (risk/yield/yieldMix.ts: reward ÷ total yield in USD, over its pools
 * whose split is known) on every day with pool yields, oldest first, keyed by protocol identity. Days on
 * which no pool's split is known are left out (unknown, not zero).
 */
export async function incentiveShares(
  store: Store,
  index: ProtocolIndex,
): Promise<Map<string, { day: Day; share: number }[]>> {
  const byDay = new Map<string, PoolYield[]>();
  for (const p of await store.poolYieldHistory({ kind: 'all' }))
    appendTo(byDay, `${index.forKey(p.project).id}\u0000${p.day}`, p);
  const out = new Map<string, { day: Day; share: number }[]>();
  for (const [key, pools] of byDay) {
    const share = yieldMix(pools).incentiveShare;
    const [id, day] = key.split('\u0000') as [string, Day];
    if (share !== null) appendTo(out, id, { day, share });
  }
  for (const shares of out.values()) shares.sort((a, b) => a.day.localeCompare(b.day));
  return out;
}
