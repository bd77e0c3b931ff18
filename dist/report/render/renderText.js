// src/report/render/renderText.ts
import Table from "cli-table3";
import pc from "picocolors";
import { reportSections } from "../sections.js";
var COMPACT = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
function renderText(report, options) {
  const bold = options.color ? pc.bold : (s) => s;
  const dim = options.color ? pc.dim : (s) => s;
  const out = [bold("Faultline: DeFi ecosystem report"), ""];
  for (const section of reportSections(report)) {
    out.push(bold(`== ${section.title} ==`), ...section.lines);
    if (section.table) {
      const table = new Table({
        head: section.table.head,
        style: options.color ? { head: ["cyan"], border: ["grey"] } : { head: [], border: [] },
        chars: COMPACT
      });
      table.push(...section.table.rows);
      out.push(table.toString());
    }
    out.push(...section.notes.map((n) => dim(`  \xB7 ${n}`)), "");
  }
  return out.join("\n");
}
export {
  renderText
};
