import type { Day } from '../../../core/day.ts';
import type { L2RiskProfileRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';
import { appendL2RiskProfiles } from './appendL2RiskProfiles.ts';

/** Replaces a dataset's L2 risk profiles of `asOf` with these. */
export async function replaceL2RiskProfiles(
  tx: SqlTx,
  dataset: string,
  asOf: Day,
  profiles: readonly L2RiskProfileRow[],
): Promise<void> {
  await tx.run('DELETE FROM l2_risk_profiles WHERE dataset = ? AND as_of = ?::DATE', [dataset, asOf]);
  await appendL2RiskProfiles(tx, dataset, asOf, profiles);
}
