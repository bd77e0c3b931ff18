import type { z } from 'zod';
import { hasControlCharacter } from '../core/controlCharacters.ts';

/**
 * `['chainTvls', 'Base', 'tvl', 17, 'totalLiquidityUSD']` → `chainTvls.Base.tvl[17].totalLiquidityUSD`;
 * a key with a control character or a dot is quoted as JSON (`currentChainTvls["eth\u0000"]`).
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => {
      if (typeof p === 'number') return `[${p}]`;
      const key = String(p);
      if (hasControlCharacter(key) || key.includes('.') || key === '') return `[${JSON.stringify(key)}]`;
      return `${i === 0 ? '' : '.'}${key}`;
    })
    .join('');
}

/** An issue's message; a record key's own refusal instead of zod's bare "Invalid key in record". */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}

/**
 * One validation issue as a user reads it: the JSON path, then what was wrong.
 * @example issueText(issue) === 'chainTvls.Base.tvl[17].totalLiquidityUSD: expected number, received string'
 */
export function issueText(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path) || '(root)';
  return `${path}: ${issueMessage(issue).replace(/^Invalid input: /, '')}`;
}
