// src/report/render/renderViewsMarkdown.ts
import { formatCell } from "./formatCell.js";
var cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
function renderViewsMarkdown(views, title) {
  const out = title ? [`# ${title}`, ""] : [];
  for (const view of views) {
    out.push(`## ${view.title}`, "", ...view.lines.flatMap((l) => [l, ""]));
    for (const table of view.tables) {
      out.push(
        `| ${table.columns.map((c) => cell(c.label)).join(" | ")} |`,
        `|${table.columns.map(() => " --- ").join("|")}|`,
        ...table.rows.map(
          (row) => `| ${row.map((v, i) => cell(formatCell(v, table.columns[i] ?? { label: "", key: "", unit: "text" }))).join(" | ")} |`
        ),
        ""
      );
    }
    out.push(...view.notes.map((n) => `- ${n}`), "");
  }
  return out.join("\n");
}
export {
  renderViewsMarkdown
};
