// src/app/page.ts
import { z } from "zod";
import { IntParam } from "./parameters.js";
var PageParameters = {
  limit: IntParam.pipe(z.number().int().min(1).max(500)).default(100).describe("rows returned (1\u2013500)"),
  offset: IntParam.pipe(z.number().int().min(0)).default(0).describe("rows skipped")
};
var PageFields = {
  total: z.number().int().describe("rows in the whole list"),
  limit: z.number().int(),
  offset: z.number().int()
};
function page(list, p, keep = /* @__PURE__ */ new Set()) {
  const rows = list.slice(p.offset, p.offset + p.limit);
  for (const row of list) if ("id" in row && keep.has(String(row.id)) && !rows.includes(row)) rows.push(row);
  return { total: list.length, limit: p.limit, offset: p.offset, rows };
}
export {
  PageFields,
  PageParameters,
  page
};
