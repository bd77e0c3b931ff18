import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiskFullError, FaultlineError } from '../core/errors.ts';
import { checkFile } from '../sources/files/checkFile.ts';
import type { Dataset } from '../sources/files/dataset.ts';
import type { DatasetImport, ImportedFile, SpaceReclaimed, Store } from '../store/store.ts';
import type { FileHasher } from './fileHashMemo.ts';
import { hashFile } from './hashFile.ts';

/** Progress of an import run, one event per step, for the CLI to draw. */
export type ImportEvent =
  | { type: 'start'; dataset: string; title: string; index: number; total: number }
  | { type: 'unchanged'; dataset: string; index: number; total: number }
  | { type: 'done'; dataset: string; rows: number; durationMs: number; index: number; total: number }
  | { type: 'failed'; dataset: string; error: FaultlineError; index: number; total: number };

export type ImportSummary = {
  imported: DatasetImport[];
  unchanged: string[];
  failed: { dataset: string; error: FaultlineError }[];
  /** The store's free space given back after datasets were replaced; null when nothing was imported. */
  space: SpaceReclaimed | null;
};

export type ImportDatasetsParameters = {
  store: Store;
  dataDir: string;
  datasets: readonly Dataset[];
  onEvent?: (event: ImportEvent) => void;
  /** How a data file's hash is found (default: reading it whole; `fileHashMemo` skips unchanged files). */
  hash?: FileHasher;
};

/**
 * Imports every dataset whose files changed since the last import (by SHA-256 and importer version).
 * Each dataset is one transaction: a failure leaves that dataset's earlier contents untouched and
 * the other datasets still import. After replacing datasets it reclaims the store's free space, so
 * importing the same files again and again keeps the store's size bounded.
 */
export async function importDatasets({
  store,
  dataDir,
  datasets,
  onEvent,
  hash = hashFile,
}: ImportDatasetsParameters): Promise<ImportSummary> {
  const previous = new Map((await store.datasetImports()).map((i) => [i.dataset, i.fingerprint]));
  const summary: ImportSummary = { imported: [], unchanged: [], failed: [], space: null };
  const total = datasets.length;
  for (const [index, dataset] of datasets.entries()) {
    const position = { index: index + 1, total };
    try {
      const files = dataset.files(dataDir);
      const hashes = new Map<string, { sha256: string; bytes: number }>();
      for (const file of files) {
        checkFile(file);
        hashes.set(file, await hash(file));
      }
      const fingerprint = fingerprintOf(dataset.version, dataDir, hashes);
      if (previous.get(dataset.id) === fingerprint) {
        summary.unchanged.push(dataset.id);
        onEvent?.({ type: 'unchanged', dataset: dataset.id, ...position });
        continue;
      }
      onEvent?.({ type: 'start', dataset: dataset.id, title: dataset.title, ...position });
      const record = await store.replaceDataset(
        dataset.id,
        fingerprint,
        dataset.tables.map((t) => t.table),
        async (tx) => {
          const { rowsByFile, flags } = await dataset.load(tx, files);
          const imported: ImportedFile[] = files.map((file) => ({
            file: fileName(dataDir, file),
            sha256: hashes.get(file)?.sha256 ?? '',
            bytes: hashes.get(file)?.bytes ?? 0,
            rows: rowsByFile.get(file) ?? 0,
          }));
          return { files: imported, flags };
        },
      );
      summary.imported.push(record);
      onEvent?.({
        type: 'done',
        dataset: dataset.id,
        rows: record.rows,
        durationMs: record.durationMs,
        ...position,
      });
    } catch (err) {
      const error =
        err instanceof FaultlineError
          ? err
          : new FaultlineError(
              String((err as Error)?.message ?? err),
              { source: dataset.id },
              { cause: err },
            );
      summary.failed.push({ dataset: dataset.id, error });
      onEvent?.({ type: 'failed', dataset: dataset.id, error, ...position });
    }
  }
  // After a full disk there is no room to rewrite into: the next import reclaims the space.
  const diskFull = summary.failed.some((f) => f.error instanceof DiskFullError);
  if (summary.imported.length > 0 && !diskFull) summary.space = await store.reclaimSpace();
  return summary;
}

function fingerprintOf(version: number, dataDir: string, hashes: Map<string, { sha256: string }>): string {
  const hash = createHash('sha256').update(`v${version}\n`);
  const named = [...hashes].map(([file, { sha256 }]) => [fileName(dataDir, file), sha256] as const);
  // Sorted by recorded name, not by path: where the data folder sits must not reorder its files.
  for (const [name, sha256] of named.sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${name} ${sha256}\n`);
  return hash.digest('hex');
}

/** The project's own folder, for files a dataset reads from it (the registry's lists). */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A file's recorded name: relative to the data folder, or for a project file (a registry list) relative
 * to the project, so moving the data folder neither renames it nor re-imports its dataset.
 */
function fileName(dataDir: string, file: string): string {
  const inData = relative(dataDir, file);
  if (!inData.startsWith('..') && !isAbsolute(inData)) return inData;
  const inProject = relative(PROJECT, file);
  return !inProject.startsWith('..') && !isAbsolute(inProject) ? inProject : file;
}
