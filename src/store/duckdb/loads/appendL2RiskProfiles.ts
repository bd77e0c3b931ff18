import type { Day } from '../../../core/day.ts';
import { ROSETTE_SLICES } from '../../../model/l2-risk.ts';
import type { L2RiskProfileRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's L2 risk profiles of `asOf` (stage, rosette, TVS in USD) to `l2_risk_profiles`. */
export async function appendL2RiskProfiles(
  tx: SqlTx,
  dataset: string,
  asOf: Day,
  rows: readonly L2RiskProfileRow[],
): Promise<void> {
  await tx.append(
    'l2_risk_profiles',
    [
      ['dataset', 'varchar'],
      ['chain', 'varchar'],
      ['project', 'varchar'],
      ['name', 'varchar'],
      ['category', 'varchar'],
      ['provider', 'varchar'],
      ['stage', 'varchar'],
      ['as_of', 'date'],
      ['state_validation', 'varchar'],
      ['state_validation_sentiment', 'varchar'],
      ['data_availability', 'varchar'],
      ['data_availability_sentiment', 'varchar'],
      ['exit_window', 'varchar'],
      ['exit_window_sentiment', 'varchar'],
      ['sequencer_failure', 'varchar'],
      ['sequencer_failure_sentiment', 'varchar'],
      ['proposer_failure', 'varchar'],
      ['proposer_failure_sentiment', 'varchar'],
      ['tvs_total_usd', 'double'],
      ['tvs_ether_usd', 'double'],
      ['tvs_stablecoin_usd', 'double'],
      ['tvs_associated_usd', 'double'],
    ],
    rows.map(({ project, profile: p }) => [
      dataset,
      p.chain,
      project,
      p.name,
      p.category,
      p.provider,
      p.stage,
      asOf,
      ...ROSETTE_SLICES.flatMap(([key]) => [p.rosette[key].value, p.rosette[key].sentiment]),
      p.tvs.totalUsd,
      p.tvs.etherUsd,
      p.tvs.stablecoinUsd,
      p.tvs.associatedUsd,
    ]),
  );
}
