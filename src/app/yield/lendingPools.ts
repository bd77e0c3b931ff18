import { z } from 'zod';
import type { ProtocolIdentity } from '../../analytics/protocolIdentity.ts';
import { chainInfo } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import { impliedReserveFactor } from '../../risk/yield/lendingIdentity.ts';
import { splitApy } from '../../risk/yield/splitApy.ts';

/** One lending pool: what is supplied and borrowed (USD), utilisation, and the rates on both sides (percent a year). */
const LendingPool = z.object({
  pool: z.string(),
  label: z.string(),
  chain: z.string(),
  supplyUsd: z.number(),
  borrowUsd: z.number(),
  utilisation: z.number().nullable(),
  supplyApy: z.number().nullable(),
  supplyRewardApy: z.number().nullable(),
  borrowApy: z.number().nullable(),
  borrowRewardApy: z.number().nullable(),
  /** 1 − supply ÷ (borrow × U): what the protocol keeps of the interest (Aave's reserve factor, on Aave forks). */
  impliedReserveFactor: z.number().nullable(),
});

/** The lending side of a subject: totals, utilisation, and its largest pools. */
export const LendingSection = z.object({
  pools: z.number().int(),
  supplyUsd: z.number(),
  borrowUsd: z.number(),
  utilisation: z.number().nullable(),
  items: z.array(LendingPool),
});
export type LendingSection = z.infer<typeof LendingSection>;

/**
 * The lending pools among `pools` (those giving supply and borrow totals): utilisation borrowed ÷
 * supplied (the yields export gives it directly for its day), the supply and borrow rates, and the
 * reserve factor they imply; null when none is a lending pool.
 */
export function lendingPools(
  pools: readonly PoolYield[],
  limit: number,
  identityOf: (project: string) => ProtocolIdentity,
): LendingSection | null {
  const lending = pools.filter((p) => p.supplyUsd !== null && p.borrowUsd !== null);
  if (lending.length === 0) return null;
  const items = lending
    .map((p) => {
      const supply = p.supplyUsd as number;
      const borrow = p.borrowUsd as number;
      const u = supply > 0 ? borrow / supply : null;
      const split = splitApy(p.apy, p.apyBase, p.apyReward);
      return {
        pool: p.pool,
        label: `${p.symbol} (${identityOf(p.project).name}, ${chainInfo(p.chain).name})`,
        chain: p.chain,
        supplyUsd: supply,
        borrowUsd: borrow,
        utilisation: u,
        supplyApy: split?.base ?? null,
        supplyRewardApy: split?.reward ?? null,
        borrowApy: p.apyBaseBorrow,
        borrowRewardApy: p.apyRewardBorrow,
        impliedReserveFactor:
          u !== null && split && p.apyBaseBorrow !== null
            ? impliedReserveFactor(split.base, p.apyBaseBorrow, u)
            : null,
      };
    })
    .sort((a, b) => b.supplyUsd - a.supplyUsd || a.pool.localeCompare(b.pool));
  const supplyUsd = items.reduce((s, i) => s + i.supplyUsd, 0);
  const borrowUsd = items.reduce((s, i) => s + i.borrowUsd, 0);
  return {
    pools: items.length,
    supplyUsd,
    borrowUsd,
    utilisation: supplyUsd > 0 ? borrowUsd / supplyUsd : null,
    items: items.slice(0, limit),
  };
}
