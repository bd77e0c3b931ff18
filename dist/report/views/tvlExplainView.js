// src/report/views/tvlExplainView.ts
import { usd } from "../format.js";
import { column } from "../view.js";
function tvlExplainView(e) {
  const p = e.parts;
  const sections = Object.entries(p.sections).map(([s, v]) => ` ${s} ${usd(v)}`).join(",");
  const value = e.unit === "usd" || e.value === null ? "" : ` = ${e.value.toFixed(2)} ${e.unit.toUpperCase()}`;
  const lines = [
    `${e.label} on ${e.day}: ${usd(e.usd)}${value}`,
    `rule: ${e.rule}`,
    `parts: core tvl ${usd(p.tvl)}, doublecounted ${usd(p.doublecounted)}, liquidstaking ${usd(p.liquidstaking)}, overlap ${usd(p.overlap)}, excluded ${usd(p.excluded)}${sections ? `; sections:${sections}` : ""}`
  ];
  if (e.published)
    lines.push(
      `DefiLlama's published total: ${usd(e.published.usd)} (${e.published.dataset}); not explained by stored protocols: ${usd(e.published.unexplainedUsd)}`
    );
  if (e.inParent.length > 0) lines.push(`counted inside their parent: ${e.inParent.join(", ")}`);
  return {
    id: "tvl-explain",
    title: `${e.label} on ${e.day}, explained`,
    lines,
    tables: [
      {
        columns: [
          column("protocol", "text"),
          column("name", "text"),
          column("category", "text"),
          column("chain", "text"),
          column("section", "text"),
          column("usd", "usd"),
          column("point day", "day", "point_day"),
          column("role", "text"),
          column("why", "text")
        ],
        rows: e.lines.map((l) => [
          l.protocol,
          l.name,
          l.category,
          l.chain,
          l.section,
          l.usd,
          l.pointDay,
          l.role,
          l.why
        ])
      }
    ],
    notes: []
  };
}
export {
  tvlExplainView
};
