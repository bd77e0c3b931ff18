// src/report/render/renderViewsText.ts
import Table from "cli-table3";
import pc from "picocolors";
import { formatCell } from "./formatCell.js";
var COMPACT = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
function viewTableText(table, color) {
  const t = new Table({
    head: table.columns.map((c) => c.label),
    style: color ? { head: ["cyan"], border: ["grey"] } : { head: [], border: [] },
    chars: COMPACT
  });
  t.push(
    ...table.rows.map(
      (r) => r.map((v, i) => formatCell(v, table.columns[i] ?? { label: "", key: "", unit: "text" }))
    )
  );
  return t.toString();
}
function renderViewsText(views, options) {
  const bold = options.color ? pc.bold : (s) => s;
  const dim = options.color ? pc.dim : (s) => s;
  const out = options.title ? [bold(options.title), ""] : [];
  for (const view of views) {
    if (options.headings) out.push(bold(`== ${view.title} ==`));
    out.push(...view.lines);
    for (const table of view.tables) out.push(viewTableText(table, options.color));
    out.push(...view.notes.map((n) => dim(`  \xB7 ${n}`)));
    if (options.headings) out.push("");
  }
  return `${out.join("\n")}
`;
}
export {
  renderViewsText,
  viewTableText
};
