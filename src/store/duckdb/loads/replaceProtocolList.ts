import type { Day } from '../../../core/day.ts';
import type { ProtocolRow, ProtocolSnapshotRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';
import { appendProtocolSnapshots } from './appendProtocolSnapshots.ts';
import { appendProtocols } from './appendProtocols.ts';

/** Replaces a dataset's protocols, and its protocol-list snapshot of `day`, with these. */
export async function replaceProtocolList(
  tx: SqlTx,
  dataset: string,
  day: Day,
  protocols: readonly ProtocolRow[],
  snapshots: readonly ProtocolSnapshotRow[],
): Promise<void> {
  await tx.run('DELETE FROM protocols WHERE dataset = ?', [dataset]);
  await tx.run('DELETE FROM protocol_snapshots WHERE dataset = ? AND day = ?::DATE', [dataset, day]);
  await appendProtocols(tx, dataset, protocols);
  await appendProtocolSnapshots(tx, dataset, day, snapshots);
}
