import type { OracleFindingRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's dated oracle findings (round ids as decimal text, unix seconds) to `oracle_findings`. */
export async function appendOracleFindings(
  tx: SqlTx,
  dataset: string,
  findings: readonly OracleFindingRow[],
): Promise<void> {
  await tx.append(
    'oracle_findings',
    [
      ['dataset', 'varchar'],
      ['feed', 'varchar'],
      ['pair', 'varchar'],
      ['kind', 'varchar'],
      ['round_id', 'varchar'],
      ['day', 'date'],
      ['at_unix', 'bigint'],
      ['seen_at', 'varchar'],
      ['gap_seconds', 'bigint'],
      ['heartbeat_seconds', 'bigint'],
      ['grace_seconds', 'double'],
      ['move', 'double'],
      ['deviation', 'double'],
      ['file', 'varchar'],
    ],
    findings.map((f) => [
      dataset,
      f.feed,
      f.pair,
      f.kind,
      f.roundId,
      f.day,
      f.at,
      f.seenAt,
      f.gapSeconds,
      f.heartbeatSeconds,
      f.graceSeconds,
      f.move,
      f.deviation,
      f.file,
    ]),
  );
}
