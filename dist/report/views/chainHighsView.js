// src/report/views/chainHighsView.ts
import { column } from "../view.js";
function chainHighsView(doc) {
  const n = doc.highs.length;
  return {
    id: "highs",
    title: `${doc.label}: ${doc.windowDays}-day highs`,
    lines: [
      `${doc.label}: ${n} day${n === 1 ? "" : "s"} at a ${doc.windowDays}-day high, ${doc.firstDay} \u2026 ${doc.lastDay}`,
      `source: ${doc.source}`
    ],
    tables: [
      {
        columns: [
          column("day", "day"),
          column("TVL", "usd", "tvl_usd"),
          column(`max of previous ${doc.windowDays} days`, "usd", "previous_max_usd")
        ],
        rows: doc.highs.map((h) => [h.day, h.value, h.previousMax])
      }
    ],
    notes: []
  };
}
export {
  chainHighsView
};
