// src/analytics/claims.ts
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { parseDay } from "../core/day.js";
import { ValidationError } from "../core/errors.js";
var METRICS = [
  "protocol.tvl_usd",
  "protocol.peak_tvl_usd",
  "protocol.peak_date",
  "protocol.drawdown",
  "category.share",
  "category.leader",
  "category.hhi",
  "chain.tvl_usd",
  "chain.is_high",
  "layer.share"
];
var day = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  const parsed = parseDay(text);
  if (!parsed) ctx.addIssue({ code: "custom", message: `not a day: "${text}" (expected YYYY-MM-DD)` });
  return parsed ?? z.NEVER;
});
var claimSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().optional(),
  metric: z.enum(METRICS),
  subject: z.union([z.string(), z.number()]).transform(String).optional(),
  category: z.string().optional(),
  parent: z.string().optional(),
  window_days: z.number().int().positive().optional(),
  as_of: day.optional(),
  expect: z.union([z.number(), z.string(), z.boolean(), z.date()]),
  tolerance: z.number().nonnegative().optional()
});
var NEEDS = {
  "protocol.tvl_usd": ["subject"],
  "protocol.peak_tvl_usd": ["subject"],
  "protocol.peak_date": ["subject"],
  "protocol.drawdown": ["subject"],
  "category.share": ["subject", "category"],
  "category.leader": ["category"],
  "category.hhi": ["category"],
  "chain.tvl_usd": ["subject"],
  "chain.is_high": ["subject", "window_days"],
  "layer.share": ["subject"]
};
function parseClaims(text, file) {
  let doc;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new ValidationError(`not YAML or JSON: ${err.message.split("\n")[0]}`, { source: file });
  }
  return claimsFrom(doc, file);
}
function claimsFrom(doc, file) {
  const list = doc?.claims;
  if (!Array.isArray(list))
    throw new ValidationError("expected a top-level `claims:` list", { source: file, field: "claims" });
  const ids = /* @__PURE__ */ new Set();
  return list.map((raw, i) => {
    const rawId = raw?.id;
    const place = rawId === void 0 ? `claims[${i}]` : `claim "${String(rawId)}"`;
    const parsed = claimSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(issue?.message ?? "invalid claim", {
        source: file,
        place,
        field: issue?.path.join(".") || "(claim)"
      });
    }
    const claim = parsed.data;
    for (const field of NEEDS[claim.metric]) {
      if (claim[field] === void 0) {
        throw new ValidationError(`${claim.metric} needs \`${field}\``, { source: file, place, field });
      }
    }
    if (ids.has(claim.id))
      throw new ValidationError(`duplicate id "${claim.id}"`, { source: file, place, field: "id" });
    ids.add(claim.id);
    return claim;
  });
}
export {
  METRICS,
  claimsFrom,
  parseClaims
};
