import type { Day } from '../../../core/day.ts';
import type { ProtocolSnapshotRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's protocol-list snapshot of `day` to the `protocol_snapshots` table. */
export async function appendProtocolSnapshots(
  tx: SqlTx,
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
