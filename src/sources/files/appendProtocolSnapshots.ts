import type { Day } from '../../core/day.ts';
import type { LoadTx } from '../../store/store.ts';

/**
 * One protocol in one dataset's protocol-list snapshot: TVL in USD (null when none is listed), and its
 * adapter's `doublecounted` flag with where it comes from (null when no source says).
 */
export type ProtocolSnapshotRow = {
  slug: string;
  name: string;
  category: string | null;
  tvlUsd: number | null;
  chains: readonly string[];
  oracles: readonly string[];
  doublecounted: boolean | null;
  doublecountedSource: string | null;
};

/** Appends a dataset's protocol-list snapshot of `day` to the `protocol_snapshots` table. */
export async function appendProtocolSnapshots(
  tx: LoadTx,
  dataset: string,
  day: Day,
  rows: readonly ProtocolSnapshotRow[],
): Promise<void> {
  await tx.append(
    'protocol_snapshots',
    [
      ['dataset', 'varchar'],
      ['day', 'date'],
      ['slug', 'varchar'],
      ['name', 'varchar'],
      ['category', 'varchar'],
      ['tvl_usd', 'double'],
      ['chains', 'varchar[]'],
      ['oracles', 'varchar[]'],
      ['doublecounted', 'boolean'],
      ['doublecounted_source', 'varchar'],
    ],
    rows.map((r) => [
      dataset,
      day,
      r.slug,
      r.name,
      r.category,
      r.tvlUsd,
      r.chains,
      r.oracles,
      r.doublecounted,
      r.doublecountedSource,
    ]),
  );
}
