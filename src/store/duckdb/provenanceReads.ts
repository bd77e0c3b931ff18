import type { Day } from '../../core/day.ts';
import type { IngestFlag } from '../ingestWrites.ts';
import type { DatasetImport, FlaggedPoint, ProvenanceReads, QualityFlag } from '../provenanceReads.ts';
import type { Rows } from './queryRows.ts';

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/** The provenance and quality reads of the DuckDB store: imports and their files, coverage, flags. */
export function createProvenanceReads(rows: Rows): ProvenanceReads {
  return {
    async datasetImports() {
      const imports = await rows<Omit<DatasetImport, 'files'>>(
        `SELECT dataset, fingerprint, rows::DOUBLE AS rows, strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS "importedAt",
           duration_ms AS "durationMs" FROM dataset_imports ORDER BY dataset`,
      );
      const files = await rows<{
        dataset: string;
        file: string;
        sha256: string;
        bytes: number;
        rows: number;
      }>(
        'SELECT dataset, file, sha256, bytes::DOUBLE AS bytes, rows::DOUBLE AS rows FROM import_files ORDER BY dataset, file',
      );
      return imports.map((i) => ({
        ...i,
        files: files.filter((f) => f.dataset === i.dataset).map(({ dataset: _, ...f }) => f),
      }));
    },

    async coverage(dataset, tables) {
      let firstDay: Day | null = null;
      let lastDay: Day | null = null;
      let count = 0;
      for (const { table, dayColumn } of tables) {
        const range = dayColumn
          ? `strftime(min(${dayColumn}), '%Y-%m-%d') AS first, strftime(max(${dayColumn}), '%Y-%m-%d') AS last`
          : 'NULL AS first, NULL AS last';
        const [r] = await rows<{ first: Day | null; last: Day | null; n: number }>(
          `SELECT ${range}, count(*)::DOUBLE AS n FROM ${table} WHERE dataset = ?`,
          [dataset],
        );
        if (!r) continue;
        count += r.n;
        if (r.first && (!firstDay || r.first < firstDay)) firstDay = r.first;
        if (r.last && (!lastDay || r.last > lastDay)) lastDay = r.last;
      }
      return { dataset, firstDay, lastDay, rows: count };
    },

    qualityFlags: () =>
      rows<QualityFlag>(
        'SELECT dataset, kind, subject, message, file, coalesce(excluded, false) AS excluded FROM quality_flags ORDER BY dataset, kind, subject',
      ),

    flaggedPoints: () =>
      rows<FlaggedPoint>(
        `SELECT dataset, protocol, chain, section, strftime(day, '%Y-%m-%d') AS day, tvl_usd AS usd, flag FROM (
           SELECT dataset, protocol, chain, section, day, tvl_usd, flag FROM protocol_chain_tvl_daily WHERE flag IS NOT NULL
           UNION ALL
           SELECT dataset, protocol, NULL, section, day, tvl_usd, flag FROM protocol_tvl_daily WHERE flag IS NOT NULL)
         WHERE dataset IN (SELECT dataset FROM dataset_imports) ORDER BY dataset, protocol, day, chain, section`,
      ),

    ingestFlags: () =>
      rows<IngestFlag>(
        `SELECT dataset, unit, subject, ${DAY('day')} AS day, kind, excluded, usd, message FROM ingest_flags
         ORDER BY dataset, unit, subject, day, kind`,
      ),
  };
}
