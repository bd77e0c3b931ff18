import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import { slugify } from '../../model/protocol.ts';
import type { YieldDayRow, YieldPoolRow } from '../../store/yieldStore.ts';
import type { Flag } from './dataset.ts';
import type { YieldsExportRow } from './parseYieldsExport.ts';

/** Largest gap tolerated between `Total Supply USD` and borrowed + available before a row is flagged (USD, or 0.1%). */
const SUPPLY_SLACK_USD = 2;

const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));

/**
 * Maps the yields-page export's rows to pools and pool-days of `day`. The export has no pool ids: a pool
 * is named by project, chain, symbol and meta, and its rank among same-named rows in the file
 * (`export:raydium-amm/solana/ELON-WSOL/Standard - 0.25%#2`). Borrow APYs, which the page shows as
 * negative costs (DefiLlama's adapters report `apyBaseBorrow` as a positive rate), are stored as
 * positive costs; the borrow incentive keeps its sign. Flags: totals that do not add up, and pools
 * whose APY has no base/reward split (their incentive share is unknown, never zero).
 */
export function yieldsExportPools(
  rows: readonly YieldsExportRow[],
  day: Day,
  file: string,
): { pools: YieldPoolRow[]; days: YieldDayRow[]; flags: Flag[] } {
  const seen = new Map<string, number>();
  const pools: YieldPoolRow[] = [];
  const days: YieldDayRow[] = [];
  const unsplit: number[] = [];
  const unbalanced: number[] = [];
  const inconsistent: number[] = [];
  for (const { line, fields: f } of rows) {
    const chain = normaliseChain(f.Chain as string);
    const name = `${slugify(f.Project as string)}/${chain}/${f.Pool}${f['Pool Meta'] ? `/${f['Pool Meta']}` : ''}`;
    const rank = (seen.get(name) ?? 0) + 1;
    seen.set(name, rank);
    const pool = `export:${name}${rank > 1 ? `#${rank}` : ''}`;
    pools.push({
      pool,
      project: f.Project as string,
      chain,
      symbol: f.Pool as string,
      category: f.Category ?? null,
      poolMeta: f['Pool Meta'] ?? null,
      rewardTokens: null,
      underlyingTokens: null,
      stablecoin: null,
      exposure: null,
      place: `line ${line}`,
    });
    const apy = num(f.APY) as number;
    const base = num(f['APY Base']);
    const reward = num(f['APY Reward']);
    if (base === null && reward === null && apy !== 0) unsplit.push(line);
    if (base !== null && reward !== null && Math.abs(base + reward - apy) > 1e-3 * Math.max(1, apy))
      inconsistent.push(line);
    const supply = num(f['Total Supply USD']);
    const borrow = num(f['Total Borrow USD']);
    const available = num(f['Total Available USD']);
    if (supply !== null && borrow !== null && available !== null) {
      const gap = Math.abs(supply - borrow - available);
      if (gap > Math.max(SUPPLY_SLACK_USD, 1e-3 * supply)) unbalanced.push(line);
    }
    const baseBorrow = num(f['APY Base Borrow']);
    days.push({
      pool,
      day,
      tvlUsd: num(f.TVL) as number,
      apy,
      apyBase: base,
      apyReward: reward,
      supplyUsd: supply,
      borrowUsd: borrow,
      apyBaseBorrow: baseBorrow === null ? null : -baseBorrow,
      apyRewardBorrow: num(f['APY Reward Borrow']),
    });
  }
  const lines = (xs: number[]) => `${xs.slice(0, 12).join(', ')}${xs.length > 12 ? ', …' : ''}`;
  const flags: Flag[] = [];
  if (unsplit.length > 0)
    flags.push({
      kind: 'apy-split-unknown',
      excluded: true,
      subject: `${unsplit.length} pools`,
      message: `${unsplit.length} pools give a total APY but neither base nor reward APY (lines ${lines(unsplit)}): their incentive share is unknown, not zero`,
      file,
    });
  if (inconsistent.length > 0)
    flags.push({
      kind: 'apy-parts-disagree',
      excluded: true,
      subject: `${inconsistent.length} pools`,
      message: `APY differs from base + reward APY on lines ${lines(inconsistent)}: the parts are used, the total is not`,
      file,
    });
  if (unbalanced.length > 0)
    flags.push({
      kind: 'supply-not-borrow-plus-available',
      excluded: false,
      subject: `${unbalanced.length} pools`,
      message: `Total Supply USD differs from Total Borrow USD + Total Available USD by more than $${SUPPLY_SLACK_USD} and 0.1% on lines ${lines(unbalanced)}`,
      file,
    });
  return { pools, days, flags };
}
