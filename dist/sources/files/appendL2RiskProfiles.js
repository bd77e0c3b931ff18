// src/sources/files/appendL2RiskProfiles.ts
import { ROSETTE_SLICES } from "../../model/l2-risk.js";
async function appendL2RiskProfiles(tx, dataset, rows) {
  await tx.append(
    "l2_risk_profiles",
    [
      ["dataset", "varchar"],
      ["chain", "varchar"],
      ["project", "varchar"],
      ["name", "varchar"],
      ["category", "varchar"],
      ["provider", "varchar"],
      ["stage", "varchar"],
      ["as_of", "date"],
      ["state_validation", "varchar"],
      ["state_validation_sentiment", "varchar"],
      ["data_availability", "varchar"],
      ["data_availability_sentiment", "varchar"],
      ["exit_window", "varchar"],
      ["exit_window_sentiment", "varchar"],
      ["sequencer_failure", "varchar"],
      ["sequencer_failure_sentiment", "varchar"],
      ["proposer_failure", "varchar"],
      ["proposer_failure_sentiment", "varchar"],
      ["tvs_total_usd", "double"],
      ["tvs_ether_usd", "double"],
      ["tvs_stablecoin_usd", "double"],
      ["tvs_associated_usd", "double"]
    ],
    rows.map(({ project, asOf, profile: p }) => [
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
      p.tvs.associatedUsd
    ])
  );
}
export {
  appendL2RiskProfiles
};
