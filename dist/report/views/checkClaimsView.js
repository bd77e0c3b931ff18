// src/report/views/checkClaimsView.ts
import { pct } from "../format.js";
import { column } from "../view.js";
var show = (v) => typeof v === "number" && Math.abs(v) < 1 && v !== 0 ? pct(v, 2) : v === null ? "" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 0 }) : String(v);
function checkClaimsView(doc) {
  const count = (s) => doc.results.filter((r) => r.status === s).length;
  return {
    id: "claims",
    title: "Claims checked",
    lines: [],
    tables: [
      {
        columns: [
          column("claim", "text"),
          column("status", "text"),
          column("expected", "text"),
          column("actual", "text"),
          column("error", "fraction", "error", 2),
          column("basis / reason", "text", "reason")
        ],
        rows: doc.results.map((r) => [r.id, r.status, show(r.expected), show(r.actual), r.error, r.reason])
      }
    ],
    notes: [`${count("holds")} hold, ${count("differs")} differ, ${count("unknown")} unknown`]
  };
}
export {
  checkClaimsView
};
