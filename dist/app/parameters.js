// src/app/parameters.ts
import { z } from "zod";
import { DENOMINATIONS } from "../analytics/denominate.js";
import { parseDay } from "../core/day.js";
import { UsageError } from "../core/errors.js";
import { formatPath } from "../sources/zodIssue.js";
var DaySchema = z.string().describe("a UTC day, YYYY-MM-DD").refine((text) => parseDay(text) !== void 0, {
  error: (issue) => `not a UTC day: "${String(issue.input)}" (expected YYYY-MM-DD)`
}).transform((text) => text);
var Denomination = z.enum(DENOMINATIONS).default("usd");
var Flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false);
var NumberParam = z.preprocess(
  (v) => typeof v === "string" && v.trim() !== "" ? Number(v.replaceAll("_", "")) : v,
  z.number().finite()
);
var IntParam = z.preprocess(
  (v) => typeof v === "string" && v.trim() !== "" ? Number(v.replaceAll("_", "")) : v,
  z.number().int()
);
function parseParameters(schema, input, question) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = formatPath(issue.path);
  throw new UsageError(
    `${question}: ${issue.message.replace(/^Invalid input: /, "")}`,
    field ? { field } : {}
  );
}
export {
  DaySchema,
  Denomination,
  Flag,
  IntParam,
  NumberParam,
  parseParameters
};
