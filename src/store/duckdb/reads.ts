import type { Day } from '../../core/day.ts';
import type { BabylonParams, BtcLayerProfile, BtcRiskTier } from '../../model/btc-layer.ts';
import type { ChainId } from '../../model/chain.ts';
import type { DailyFee } from '../../model/fees.ts';
import type { PublishedL2Profile, Sentiment } from '../../model/l2-risk.ts';
import type {
  AssetVolatility,
  LendingAccount,
  LendingPosition,
  LendingReserve,
} from '../../model/lending.ts';
import type { ProtocolSlug } from '../../model/protocol.ts';
import type { ProtocolSnapshot } from '../../model/tvl.ts';
import type {
  BtcStakingRow,
  ChainMonthEnd,
  ProtocolChainMonthEnd,
  ProtocolDailyTotal,
  Store,
} from '../store.ts';
import type { Param } from './queryRows.ts';

type Rows = <T>(sql: string, params?: readonly Param[]) => Promise<T[]>;
type Reads = Pick<
  Store,
  | 'protocolDailyTotals'
  | 'protocolChainMonthEnds'
  | 'protocolBorrowedDaily'
  | 'protocolFeesDaily'
  | 'chainMonthEnds'
  | 'protocolSnapshots'
  | 'l2RiskProfiles'
  | 'btcLayerProfiles'
  | 'btcStakingMonthly'
  | 'babylonParams'
  | 'lendingAccounts'
  | 'lendingDebtReserves'
  | 'lendingDebtPositions'
  | 'assetVolatilities'
>;

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
const MONTH = (col: string) => `strftime(${col}, '%Y-%m')`;
/** `asOf` filter: a NULL parameter means "no cut-off". */
const UPTO = (col: string) => `(?::DATE IS NULL OR ${col} <= ?::DATE)`;

/** The domain reads of the DuckDB store: each returns plain domain objects. */
export function createReads(rows: Rows): Reads {
  return {
    protocolDailyTotals: (asOf: Day | null) =>
      rows<ProtocolDailyTotal>(
        `SELECT protocol, dataset, ${DAY('day')} AS day, sum(tvl_usd::DECIMAL(38, 6))::DOUBLE AS "tvlUsd" FROM protocol_chain_tvl_daily
           WHERE section = 'tvl' AND covers_from IS NOT NULL AND ${UPTO('day')} GROUP BY protocol, dataset, day
         UNION ALL
         SELECT protocol, dataset, ${DAY('day')}, tvl_usd FROM protocol_tvl_daily
           WHERE section = 'tvl' AND covers_from IS NOT NULL AND ${UPTO('day')}
         ORDER BY protocol, dataset, day`,
        [asOf, asOf, asOf, asOf],
      ),

    protocolFeesDaily: () =>
      rows<DailyFee>(
        `SELECT protocol, ${DAY('day')} AS day, kind, sum(usd::DECIMAL(38, 6))::DOUBLE AS usd
           FROM protocol_fees_daily GROUP BY ALL ORDER BY protocol, day, kind`,
      ),

    protocolBorrowedDaily: () =>
      rows<ProtocolDailyTotal>(
        `SELECT protocol, dataset, ${DAY('day')} AS day, sum(tvl_usd::DECIMAL(38, 6))::DOUBLE AS "tvlUsd"
           FROM protocol_chain_tvl_daily WHERE section = 'borrowed' AND flag IS NULL
           GROUP BY protocol, dataset, day ORDER BY protocol, dataset, day`,
      ),

    protocolChainMonthEnds: (asOf: Day | null) =>
      rows<ProtocolChainMonthEnd>(
        `SELECT protocol, chain, ${MONTH("date_trunc('month', day)")} AS month, arg_max(tvl_usd, day) AS "tvlUsd"
           FROM protocol_chain_tvl_daily
           WHERE section = 'tvl' AND flag IS NULL AND covers_from IS NOT NULL AND ${UPTO('day')}
           GROUP BY ALL ORDER BY protocol, chain, month`,
        [asOf, asOf],
      ),

    chainMonthEnds: (asOf: Day | null) =>
      rows<ChainMonthEnd>(
        `SELECT chain, ${MONTH('month')} AS month, tvl_last_usd AS "tvlUsd", dataset FROM chain_tvl_monthly
           WHERE ${UPTO('month')}
         UNION ALL
         SELECT chain, ${MONTH('day')}, arg_max(tvl_usd, day), dataset FROM chain_tvl_daily
           WHERE ${UPTO('day')} GROUP BY chain, ${MONTH('day')}, dataset
         ORDER BY month, chain`,
        [asOf, asOf, asOf, asOf],
      ),

    protocolSnapshots: async (asOf: Day | null) =>
      (
        await rows<Omit<ProtocolSnapshot, 'chains' | 'oracles'> & { chains: string; oracles: string }>(
          `SELECT ${DAY('day')} AS day, slug, name, category, tvl_usd AS "tvlUsd",
             to_json(chains)::VARCHAR AS chains, to_json(oracles)::VARCHAR AS oracles,
             doublecounted, doublecounted_source AS "doublecountedSource"
           FROM protocol_snapshots WHERE ${UPTO('day')} ORDER BY day, tvl_usd DESC NULLS LAST`,
          [asOf, asOf],
        )
      ).map((r) => ({
        ...r,
        slug: r.slug as ProtocolSlug,
        chains: JSON.parse(r.chains),
        oracles: JSON.parse(r.oracles),
      })),

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

    btcStakingMonthly: (asOf: Day | null) =>
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

    lendingAccounts: (market: string) =>
      rows<LendingAccount>(
        `SELECT market, account, debt_usd AS "debtUsd", collateral_usd AS "collateralUsd", health_factor AS "healthFactor"
         FROM lending_accounts WHERE market = ? ORDER BY debt_usd DESC`,
        [market],
      ),

    lendingDebtReserves: async (market: string) => {
      const found = await rows<LendingReserve & { account: string }>(
        `SELECT p.account, r.market, r.asset, r.symbol, r.liquidation_threshold AS "liquidationThreshold", r.ltv,
           r.liquidation_bonus AS "liquidationBonus", r.debt_ceiling_usd AS "debtCeilingUsd",
           r.borrowable_in_isolation AS "borrowableInIsolation", r.emode_category AS "emodeCategory",
           r.is_frozen AS "isFrozen", r.borrow_cap AS "borrowCap", r.supply_cap AS "supplyCap"
         FROM lending_positions p JOIN lending_reserves r ON r.market = p.market AND r.asset = p.asset
         WHERE p.market = ? AND p.side = 'debt'
         QUALIFY row_number() OVER (PARTITION BY p.account ORDER BY p.amount_usd DESC) = 1`,
        [market],
      );
      return new Map(found.map(({ account, ...reserve }) => [account, reserve]));
    },

    lendingDebtPositions: async (market: string) => {
      const found = await rows<LendingPosition>(
        `SELECT market, account, asset, symbol, side, amount, amount_usd AS "amountUsd", price_usd AS "priceUsd"
         FROM lending_positions WHERE market = ? AND side = 'debt'
         QUALIFY row_number() OVER (PARTITION BY account ORDER BY amount_usd DESC) = 1`,
        [market],
      );
      return new Map(found.map((p) => [p.account, p]));
    },

    assetVolatilities: () =>
      rows<AssetVolatility>(
        `SELECT symbol, price_usd AS "priceUsd", daily_volatility AS "dailyVolatility", days, ${DAY('as_of')} AS "asOf"
         FROM asset_volatility ORDER BY symbol`,
      ),
  };
}
