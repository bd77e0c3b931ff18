import { z } from 'zod';

/** `limit` (1–500, default 100) and `offset` (default 0) query parameters of every list endpoint. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('items per page (1–500)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items skipped'),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** One page of a list: the items, where it starts, and how many there are in all. */
export type Page<T> = { total: number; limit: number; offset: number; items: T[] };

/** Cuts a page out of a list. */
export function paginate<T>(list: readonly T[], { limit, offset }: PageQuery): Page<T> {
  return { total: list.length, limit, offset, items: list.slice(offset, offset + limit) };
}
