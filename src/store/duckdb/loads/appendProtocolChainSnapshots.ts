import type { ProtocolChainSnapshotRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's current per-chain TVLs of protocols (USD) to `protocol_chain_snapshots`. */
export async function appendProtocolChainSnapshots(
  tx: SqlTx,
  dataset: string,
  rows: readonly ProtocolChainSnapshotRow[],
): Promise<void> {
  await tx.append(
    'protocol_chain_snapshots',
    [
      ['dataset', 'varchar'],
      ['day', 'date'],
      ['protocol', 'varchar'],
      ['chain', 'varchar'],
      ['section', 'varchar'],
      ['tvl_usd', 'double'],
    ],
    rows.map((r) => [dataset, r.day, r.protocol, r.chain, r.section, r.tvlUsd]),
  );
}
