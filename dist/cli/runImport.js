// src/cli/runImport.ts
import { createImportProgress } from "./progress.js";
async function runImport(app, quiet = false) {
  const progress = createImportProgress(process.stderr, quiet);
  const summary = await app.importData(progress.onEvent).finally(() => progress.stop());
  const rows = summary.imported.reduce((n, i) => n + i.rows, 0);
  const parts = [
    summary.imported.length > 0 ? `imported ${summary.imported.length} dataset(s), ${rows.toLocaleString("en-US")} rows` : "nothing to import: every dataset is unchanged",
    summary.unchanged.length > 0 && summary.imported.length > 0 ? `${summary.unchanged.length} unchanged` : "",
    summary.failed.length > 0 ? `${summary.failed.length} failed` : ""
  ].filter(Boolean);
  if (!quiet || summary.imported.length > 0 || summary.failed.length > 0) {
    process.stderr.write(`${parts.join("; ")}
`);
  }
  return summary;
}
export {
  runImport
};
