// src/ingest/importDatasets.ts
import { createHash } from "node:crypto";
import { relative } from "node:path";
import { FaultlineError } from "../core/errors.js";
import { checkFile } from "../sources/files/checkFile.js";
import { hashFile } from "./hashFile.js";
async function importDatasets({
  store,
  dataDir,
  datasets,
  onEvent
}) {
  const previous = new Map((await store.datasetImports()).map((i) => [i.dataset, i.fingerprint]));
  const summary = { imported: [], unchanged: [], failed: [] };
  const total = datasets.length;
  for (const [index, dataset] of datasets.entries()) {
    const position = { index: index + 1, total };
    try {
      const files = dataset.files(dataDir);
      const hashes = /* @__PURE__ */ new Map();
      for (const file of files) {
        checkFile(file);
        hashes.set(file, await hashFile(file));
      }
      const fingerprint = fingerprintOf(dataset.version, dataDir, hashes);
      if (previous.get(dataset.id) === fingerprint) {
        summary.unchanged.push(dataset.id);
        onEvent?.({ type: "unchanged", dataset: dataset.id, ...position });
        continue;
      }
      onEvent?.({ type: "start", dataset: dataset.id, title: dataset.title, ...position });
      const record = await store.replaceDataset(
        dataset.id,
        fingerprint,
        dataset.tables.map((t) => t.table),
        async (tx) => {
          const { rowsByFile, flags } = await dataset.load(tx, files);
          const imported = files.map((file) => ({
            file: relative(dataDir, file),
            sha256: hashes.get(file)?.sha256 ?? "",
            bytes: hashes.get(file)?.bytes ?? 0,
            rows: rowsByFile.get(file) ?? 0
          }));
          return { files: imported, flags };
        }
      );
      summary.imported.push(record);
      onEvent?.({
        type: "done",
        dataset: dataset.id,
        rows: record.rows,
        durationMs: record.durationMs,
        ...position
      });
    } catch (err) {
      const error = err instanceof FaultlineError ? err : new FaultlineError(
        String(err?.message ?? err),
        { source: dataset.id },
        { cause: err }
      );
      summary.failed.push({ dataset: dataset.id, error });
      onEvent?.({ type: "failed", dataset: dataset.id, error, ...position });
    }
  }
  return summary;
}
function fingerprintOf(version, dataDir, hashes) {
  const hash = createHash("sha256").update(`v${version}
`);
  for (const [file, { sha256 }] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${relative(dataDir, file)} ${sha256}
`);
  }
  return hash.digest("hex");
}
export {
  importDatasets
};
