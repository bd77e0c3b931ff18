// src/api/schemas.ts
import { z } from "zod";
import { DENOMINATIONS } from "../analytics/denominate.js";
import { parseDay } from "../core/day.js";
var DayParam = z.string().describe("a UTC day, YYYY-MM-DD").transform((text, ctx) => {
  const day = parseDay(text);
  if (!day) {
    ctx.addIssue({ code: "custom", message: `not a UTC day: "${text}" (expected YYYY-MM-DD)` });
    return z.NEVER;
  }
  return day;
});
var DenominationParam = z.enum(DENOMINATIONS).default("usd");
var JsonObject = z.record(z.string(), z.unknown());
var NoQuery = z.strictObject({});
export {
  DayParam,
  DenominationParam,
  JsonObject,
  NoQuery
};
