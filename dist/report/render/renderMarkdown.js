// src/report/render/renderMarkdown.ts
import { reportSections } from "../sections.js";
var cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
function renderMarkdown(report) {
  const out = ["# Faultline: DeFi ecosystem report", ""];
  for (const section of reportSections(report)) {
    out.push(`## ${section.title}`, "", ...section.lines.flatMap((l) => [l, ""]));
    if (section.table) {
      out.push(
        `| ${section.table.head.map(cell).join(" | ")} |`,
        `|${section.table.head.map(() => " --- ").join("|")}|`
      );
      out.push(...section.table.rows.map((row) => `| ${row.map(cell).join(" | ")} |`), "");
    }
    out.push(...section.notes.map((n) => `- ${n}`), "");
  }
  return out.join("\n");
}
export {
  renderMarkdown
};
