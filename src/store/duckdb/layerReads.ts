import type { Day } from '../../core/day.ts';
import type { BabylonParams, BtcLayerProfile, BtcRiskTier } from '../../model/btc-layer.ts';
import type { ChainId } from '../../model/chain.ts';
import type { PublishedL2Profile, Sentiment } from '../../model/l2-risk.ts';
import type { BtcStakingRow, LayerReads } from '../layerReads.ts';
import type { Rows } from './queryRows.ts';

const MONTH = (col: string) => `strftime(${col}, '%Y-%m')`;
/** `asOf` filter: a NULL parameter means "no cut-off". */
const UPTO = (col: string) => `(?::DATE IS NULL OR ${col} <= ?::DATE)`;

/** The layer reads of the DuckDB store (L2BEAT profiles, Bitcoin layers, BTC staking, Babylon). */
export function createLayerReads(rows: Rows): LayerReads {
  return {
    l2RiskProfiles: async () =>
      (
        await rows<Record<string, string | number | null>>(
          `SELECT *, strftime(as_of, '%Y-%m-%d') AS as_of_day FROM l2_risk_profiles QUALIFY row_number() OVER (PARTITION BY project ORDER BY as_of DESC) = 1
           ORDER BY tvs_total_usd DESC`,
        )
      ).map((r): PublishedL2Profile => {
        const risk = (k: string) => ({ value: String(r[k]), sentiment: r[`${k}_sentiment`] as Sentiment });
        return {
          project: String(r.project),
          asOf: String(r.as_of_day) as Day,
          chain: r.chain as ChainId,
          name: String(r.name),
          category: String(r.category),
          provider: r.provider === null ? null : String(r.provider),
          stage: String(r.stage),
          rosette: {
            stateValidation: risk('state_validation'),
            dataAvailability: risk('data_availability'),
            exitWindow: risk('exit_window'),
            sequencerFailure: risk('sequencer_failure'),
            proposerFailure: risk('proposer_failure'),
          },
          tvs: {
            totalUsd: Number(r.tvs_total_usd),
            etherUsd: Number(r.tvs_ether_usd),
            stablecoinUsd: Number(r.tvs_stablecoin_usd),
            associatedUsd: Number(r.tvs_associated_usd),
          },
        };
      }),

    btcLayerProfiles: async () =>
      (
        await rows<BtcLayerProfile & { dataAvailability: BtcRiskTier }>(
          `SELECT slug, chain, name, entity_type AS "entityType", live_status AS "liveStatus", btc_locked AS "btcLocked",
             custody, data_availability AS "dataAvailability", operators, finality
           FROM btc_layer_profiles ORDER BY btc_locked DESC NULLS LAST, name`,
        )
      ).map((r) => ({ ...r, chain: r.chain as ChainId })),

    btcStakingMonthly: (asOf) =>
      rows<BtcStakingRow>(
        `SELECT ${MONTH('month')} AS month, product, protocol, holder, tvl_usd AS "tvlUsd", tvl_btc AS "tvlBtc"
         FROM btc_staking_monthly WHERE ${UPTO('month')} ORDER BY month, protocol, holder`,
        [asOf, asOf],
      ),

    babylonParams: async () =>
      (
        await rows<BabylonParams>(
          `SELECT version, covenant_quorum AS "covenantQuorum", covenant_size AS "covenantSize",
             unbonding_blocks AS "unbondingBlocks", (SELECT count(*)::INTEGER FROM babylon_finality_providers) AS "finalityProviders",
             -- the stored global params (phase-1 staking) have no slashing rate: it is unknown, not a default
             CAST(NULL AS DOUBLE) AS "slashingRate"
           FROM babylon_params ORDER BY version DESC LIMIT 1`,
        )
      )[0] ?? null,
  };
}
