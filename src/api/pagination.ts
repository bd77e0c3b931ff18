import { z } from 'zod';

/** `limit` (1–500, default 100) and `offset` (default 0) query parameters of every list endpoint. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('items per page (1–500)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items skipped'),
});
export type PageQuery = z.infer<typeof PageQuery>;
