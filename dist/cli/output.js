// src/cli/output.ts
import Table from "cli-table3";
function writeTable(columns, rows, footer = true) {
  const table = new Table({
    head: [...columns],
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    style: process.stdout.isTTY ? { head: ["cyan"] } : { head: [], border: [] }
  });
  table.push(...rows.map((r) => r.map((v) => v === null ? "" : String(v))));
  process.stdout.write(`${table.toString()}
`);
  if (footer) process.stdout.write(`(${rows.length} row${rows.length === 1 ? "" : "s"})
`);
}
function writeCsv(columns, rows) {
  const quote = (v) => v === null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  process.stdout.write(`${[columns, ...rows].map((r) => r.map(quote).join(",")).join("\n")}
`);
}
function writeJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}
`);
}
export {
  writeCsv,
  writeJson,
  writeTable
};
