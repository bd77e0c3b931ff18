import { z } from 'zod';
import { IntParam } from './parameters.ts';

/** `limit` (1–500) and `offset` of every list question. */
export const PageParameters = {
  limit: IntParam.pipe(z.number().int().min(1).max(500)).default(100).describe('rows returned (1–500)'),
  offset: IntParam.pipe(z.number().int().min(0)).default(0).describe('rows skipped'),
};

/** Where a page of a list starts and how many rows the whole list has. */
export const PageFields = {
  total: z.number().int().describe('rows in the whole list'),
  limit: z.number().int(),
  offset: z.number().int(),
};

/** Cuts one page out of a list; rows whose id is in `keep` stay in it, after the page, whatever their rank. */
export function page<T extends object>(
  list: readonly T[],
  p: { limit: number; offset: number },
  keep: ReadonlySet<string> = new Set(),
) {
  const rows = list.slice(p.offset, p.offset + p.limit);
  for (const row of list) if ('id' in row && keep.has(String(row.id)) && !rows.includes(row)) rows.push(row);
  return { total: list.length, limit: p.limit, offset: p.offset, rows };
}
