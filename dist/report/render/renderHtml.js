// src/report/render/renderHtml.ts
import { pct } from "../format.js";
import { reportSections } from "../sections.js";
import { escapeHtml as esc } from "./escapeHtml.js";
import { barChart, lineChart } from "./svgCharts.js";
var STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:12px}th,td{border:1px solid #ddd;padding:3px 6px;text-align:left}
th{background:#f4f4f4}.notes{color:#666;font-size:12px}h2{margin-top:2rem;border-bottom:1px solid #eee}`;
function renderHtml(report) {
  const charts = {
    "l1-vs-l2": lineChart(
      report.l1VsL2.months.filter((m) => m.share !== null).map((m) => ({ label: m.month, value: m.share })),
      "L2 share of Ethereum by month"
    ),
    drawdowns: barChart(
      report.drawdowns.rows.map((d) => ({ label: d.name, value: d.drawdown })),
      "Drawdown from peak",
      (v) => `\u2212${pct(v)}`
    ),
    concentration: barChart(
      report.concentration.map((c) => ({ label: c.market, value: c.hhi })),
      "HHI by market",
      (v) => `HHI ${Math.round(v)}`
    )
  };
  const body = reportSections(report).map((s) => {
    const table = s.table ? `<table><thead><tr>${s.table.head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${s.table.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>` : "";
    const notes = s.notes.length > 0 ? `<ul class="notes">${s.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
    return `<section id="${s.id}"><h2>${esc(s.title)}</h2>${s.lines.map((l) => `<p>${esc(l)}</p>`).join("")}${charts[s.id] ?? ""}${table}${notes}</section>`;
  }).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Faultline report</title><style>${STYLE}</style></head>
<body><h1>Faultline: DeFi ecosystem report</h1>
${body}
</body></html>
`;
}
export {
  renderHtml
};
