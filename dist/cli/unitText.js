// src/cli/unitText.ts
import { usd } from "../report/format.js";
function unitText(value, unit) {
  if (value === null) return "unpriced";
  if (unit === "usd") return usd(value);
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit.toUpperCase()}`;
}
export {
  unitText
};
