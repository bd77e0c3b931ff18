import type { App } from '../app/createApp.ts';
import type { ImportSummary } from '../ingest/importDatasets.ts';
import { createImportProgress } from './progress.ts';

/**
 * Runs an import with progress on stderr and a one-line summary; returns the summary. `quiet` says
 * nothing at all when every dataset is unchanged.
 */
export async function runImport(app: App, quiet = false): Promise<ImportSummary> {
  const progress = createImportProgress(process.stderr, quiet);
  const summary = await app.importData(progress.onEvent).finally(() => progress.stop());
  const rows = summary.imported.reduce((n, i) => n + i.rows, 0);
  const parts = [
    summary.imported.length > 0
      ? `imported ${summary.imported.length} dataset(s), ${rows.toLocaleString('en-US')} rows`
      : summary.failed.length > 0
        ? 'imported 0 dataset(s)'
        : 'nothing to import: every dataset is unchanged',
    summary.unchanged.length > 0 && (summary.imported.length > 0 || summary.failed.length > 0)
      ? `${summary.unchanged.length} unchanged`
      : '',
    summary.failed.length > 0 ? `${summary.failed.length} failed` : '',
  ].filter(Boolean);
  if (!quiet || summary.imported.length > 0 || summary.failed.length > 0) {
    process.stderr.write(`${parts.join('; ')}\n`);
  }
  return summary;
}
