import type { z } from 'zod';

/** `['chainTvls', 'Base', 'tvl', 17, 'totalLiquidityUSD']` → `chainTvls.Base.tvl[17].totalLiquidityUSD` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * One validation issue as a user reads it: the JSON path, then what was wrong.
 * @example issueText(issue) === 'chainTvls.Base.tvl[17].totalLiquidityUSD: expected number, received string'
 */
export function issueText(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path) || '(root)';
  return `${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
}
