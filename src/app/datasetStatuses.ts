import type { Day } from '../core/day.ts';
import { DEFILLAMA_DATASET } from '../ingest/defillama/defillamaDataset.ts';
import { L2BEAT_DATASET } from '../ingest/l2beat/summaryUnit.ts';
import type { Dataset } from '../sources/files/dataset.ts';
import type { ImportedFile, Store } from '../store/store.ts';

/** One dataset's state in the store: what it holds, from which files, and what to beware of. */
export type DatasetStatus = {
  dataset: string;
  title: string;
  /** A file dataset of the data folder, or data brought in live (`faultline ingest`). */
  kind: 'dataset' | 'live';
  status: 'imported' | 'not imported';
  firstDay: Day | null;
  lastDay: Day | null;
  rows: number;
  importedAt: string | null;
  files: ImportedFile[];
  caveats: readonly string[];
};

/** What live ingestion writes, as datasets: the tables it fills and the column that dates each row. */
export const LIVE_DATASETS: readonly Pick<Dataset, 'id' | 'title' | 'tables' | 'caveats'>[] = [
  {
    id: DEFILLAMA_DATASET,
    title: 'DefiLlama API (live, `faultline ingest defillama`)',
    tables: [
      { table: 'protocol_chain_tvl_daily', dayColumn: 'day' },
      { table: 'protocol_tvl_daily', dayColumn: 'day' },
      { table: 'chain_tvl_daily', dayColumn: 'day' },
      { table: 'protocol_snapshots', dayColumn: 'day' },
      { table: 'prices_daily', dayColumn: 'day' },
      { table: 'protocol_fees_daily', dayColumn: 'day' },
    ],
    caveats: [],
  },
  {
    id: L2BEAT_DATASET,
    title: 'L2BEAT API (live, `faultline ingest l2beat`)',
    tables: [{ table: 'l2_risk_profiles', dayColumn: 'as_of' }],
    caveats: [],
  },
];

/**
 * Every dataset of the data folder, and the live sources, as the store holds them (the report's
 * coverage section, every answer's `dataThrough`). A live source counts as imported once it has rows.
 */
export async function datasetStatuses(store: Store, datasets: readonly Dataset[]): Promise<DatasetStatus[]> {
  const imports = new Map((await store.datasetImports()).map((i) => [i.dataset, i]));
  const live = await Promise.all(
    LIVE_DATASETS.map(async (d) => {
      const range = await store.coverage(d.id, d.tables);
      return {
        dataset: d.id,
        title: d.title,
        kind: 'live',
        status: range.rows > 0 ? 'imported' : 'not imported',
        firstDay: range.firstDay,
        lastDay: range.lastDay,
        rows: range.rows,
        importedAt: null,
        files: [],
        caveats: d.caveats,
      } satisfies DatasetStatus;
    }),
  );
  const files = await Promise.all(
    datasets.map(async (d) => {
      const imported = imports.get(d.id);
      const range = await store.coverage(d.id, d.tables);
      return {
        dataset: d.id,
        title: d.title,
        kind: 'dataset',
        status: imported ? 'imported' : 'not imported',
        firstDay: range.firstDay,
        lastDay: range.lastDay,
        rows: range.rows,
        importedAt: imported?.importedAt ?? null,
        files: imported?.files ?? [],
        caveats: d.caveats,
      } satisfies DatasetStatus;
    }),
  );
  return [...files, ...live];
}
