// src/cli/options.ts
import { parseDay } from "../core/day.js";
import { ConfigError } from "../core/errors.js";
function dayOption(value, flag) {
  if (value === void 0) return null;
  const day = parseDay(value);
  if (!day) throw new ConfigError(`not a day: "${value}" (expected YYYY-MM-DD)`, { field: flag });
  return day;
}
function numberOption(value, flag, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError(`not a non-negative number: "${value}"`, { field: flag });
  return n;
}
export {
  dayOption,
  numberOption
};
