import type { IngestWrites, LoadResult } from '../ingestWrites.ts';
import type { RowFlag } from '../loadTx.ts';
import { createDatasetTx } from './createDatasetTx.ts';
import { deriveTvlFacts } from './deriveTvlFacts.ts';
import type { Session } from './session.ts';

/**
 * The DuckDB `replaceDataset`: in one transaction, deletes what `dataset` owns in `tables` and its
 * provenance and flags, runs the load, stores the rows it kept out as ingest flags (excluded), derives
 * the TVL facts of the dataset, and records its files and quality flags.
 */
export function createReplaceDataset({ run, tx, inTransaction }: Session): IngestWrites['replaceDataset'] {
  return async (dataset, fingerprint, tables, load) => {
    const started = performance.now();
    return inTransaction(async () => {
      for (const table of [...tables, 'quality_flags', 'ingest_flags', 'import_files', 'dataset_imports']) {
        await run(`DELETE FROM ${table} WHERE dataset = ?`, [dataset]);
      }
      const rowFlags: RowFlag[] = [];
      const result: LoadResult = await load(createDatasetTx(tx, (f) => rowFlags.push(f)));
      await tx.append(
        'ingest_flags',
        [
          ['dataset', 'varchar'],
          ['unit', 'varchar'],
          ['subject', 'varchar'],
          ['day', 'date'],
          ['kind', 'varchar'],
          ['excluded', 'boolean'],
          ['usd', 'double'],
          ['message', 'varchar'],
        ],
        rowFlags.map((f) => [
          dataset,
          f.file,
          f.subject,
          f.day,
          f.kind,
          true,
          f.usd,
          `${f.place}, field "${f.field}": ${f.message}`,
        ]),
      );
      await deriveTvlFacts(run, { dataset });
      const total = result.files.reduce((n, f) => n + f.rows, 0);
      await tx.append(
        'import_files',
        [
          ['dataset', 'varchar'],
          ['file', 'varchar'],
          ['sha256', 'varchar'],
          ['bytes', 'bigint'],
          ['rows', 'bigint'],
        ],
        result.files.map((f) => [dataset, f.file, f.sha256, f.bytes, f.rows]),
      );
      await tx.append(
        'quality_flags',
        [
          ['dataset', 'varchar'],
          ['kind', 'varchar'],
          ['subject', 'varchar'],
          ['message', 'varchar'],
          ['file', 'varchar'],
          ['excluded', 'boolean'],
        ],
        result.flags.map((f) => [dataset, f.kind, f.subject, f.message, f.file, f.excluded]),
      );
      const durationMs = performance.now() - started;
      await run('INSERT INTO dataset_imports VALUES (?, ?, ?, now(), ?)', [
        dataset,
        fingerprint,
        total,
        durationMs,
      ]);
      return {
        dataset,
        fingerprint,
        rows: total,
        importedAt: new Date().toISOString(),
        durationMs,
        files: result.files,
      };
    });
  };
}
