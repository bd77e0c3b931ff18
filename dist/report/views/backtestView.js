// src/report/views/backtestView.ts
import { column } from "../view.js";
function backtestView(doc) {
  return [
    {
      id: "backtest",
      title: "Backtest",
      lines: [
        `Every protocol scored on the first day of each month (${doc.points} months) from data up to that day only.`,
        `Collapse: ${doc.collapseRule}.`,
        `Chosen on ${doc.plan.train.from} \u2026 ${doc.plan.train.to}: weights "${doc.chosen.weights}", warn below ${doc.chosen.threshold}/100 (train F1 ${doc.chosen.trainF1?.toFixed(3) ?? "n/a"}); judged on ${doc.plan.test.from} \u2026 ${doc.plan.test.to}.`
      ],
      tables: [
        {
          columns: [
            column("weights", "text"),
            column("threshold", "number"),
            column("train F1", "number", "f1", 3),
            column("precision", "fraction", "precision", 0),
            column("recall", "fraction", "recall", 0)
          ],
          rows: doc.candidates.map((c) => [c.weights, c.threshold, c.f1, c.precision, c.recall])
        }
      ],
      notes: []
    },
    period("Train", doc.train),
    period("Test (held out)", doc.test)
  ];
}
function period(name, r) {
  const pct = (x) => x === null ? "n/a" : `${(x * 100).toFixed(0)}%`;
  return {
    id: `backtest-${name.toLowerCase()}`,
    title: `${name} ${r.from} \u2026 ${r.to}`,
    lines: [
      `${r.protocols} protocols, ${r.collapses} collapses; precision ${pct(r.precision)}, recall ${pct(r.recall)}, median lead ${r.medianLeadDays ?? "n/a"} days`
    ],
    tables: [
      {
        columns: [
          column("caught", "text"),
          column("first warning", "day", "first_warning"),
          column("collapse visible", "day", "visible_day"),
          column("lead (days)", "count", "lead_days")
        ],
        rows: r.caught.map((c) => [`${c.name} (${c.id})`, c.firstWarning, c.visibleDay, c.leadDays])
      }
    ],
    notes: [
      `missed: ${r.missed.map((m) => `${m.name} (visible ${m.visibleDay})`).join(", ") || "none"}`,
      `false alarms: ${r.falseAlarms.map((f) => `${f.name} (${f.firstWarning})`).join(", ") || "none"}`
    ]
  };
}
export {
  backtestView
};
