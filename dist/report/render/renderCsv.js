// src/report/render/renderCsv.ts
var quote = (v) => v === null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
function renderCsv(view) {
  const table = view.tables[0];
  if (!table) return "";
  return `${[table.columns.map((c) => c.key), ...table.rows].map((r) => r.map(quote).join(",")).join("\n")}
`;
}
export {
  renderCsv
};
