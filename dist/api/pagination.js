// src/api/pagination.ts
import { z } from "zod";
var PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe("items per page (1\u2013500)"),
  offset: z.coerce.number().int().min(0).default(0).describe("items skipped")
});
export {
  PageQuery
};
