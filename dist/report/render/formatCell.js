// src/report/render/formatCell.ts
import { btc, int, pct, usd } from "../format.js";
function formatCell(value, column) {
  if (value === null) return column.unit === "text" || column.unit === "day" ? "" : "unknown";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  switch (column.unit) {
    case "usd":
      return usd(value);
    case "btc":
      return column.digits === void 0 ? btc(value) : `${value.toFixed(column.digits)} BTC`;
    case "eth":
      return `${value.toLocaleString("en-US", { maximumFractionDigits: column.digits ?? 2, minimumFractionDigits: column.digits ?? 2 })} ETH`;
    case "fraction":
      return pct(value, column.digits ?? 1);
    case "count":
      return int(value);
    case "number":
      return column.digits === void 0 ? String(value) : value.toFixed(column.digits);
    default:
      return String(value);
  }
}
export {
  formatCell
};
