import { PROTOCOL_POINT_COLUMNS } from '../../pointColumns.ts';
import type { ProtocolPoint } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's protocol-wide TVL points (USD; a flagged one is left out of totals) to `protocol_tvl_daily`. */
export async function appendProtocolPoints(
  tx: SqlTx,
  dataset: string,
  points: readonly ProtocolPoint[],
): Promise<void> {
  await tx.append(
    'protocol_tvl_daily',
    PROTOCOL_POINT_COLUMNS,
    points.map((p) => [dataset, p.protocol, p.section, p.day, p.usd, p.flag]),
  );
}
