import type { Day } from '../core/day.ts';

/** One range check's findings on a staged file: how many rows broke it, and a few of them. */
export type RangeFinding = { field: string; rows: number; examples: string };

/** How many TVL points of a protocol file broke one of DefiLlama's sanity rules, and whose. */
export type SanityCount = { flag: 'negative' | 'above-200B'; points: number; protocols: string };

/**
 * The loads in which the store reads a dataset's file itself (CSV, parquet: millions of rows stay in the
 * engine): each checks every field against its kind (a `ValidationError` names the file, line or row and
 * field), flags and keeps out the rows that break a row rule (`rowRules.ts`), and writes the rows tagged
 * with `dataset`. Each returns the rows read (data lines or rows of the file) and what its dataset's
 * quality flags need. Where a key repeats within a day or month, the file's last row wins.
 */
export interface StagedLoads {
  /** DefiLlama chain totals, `date,chain,tvl` (USD), to `chain_tvl_daily`; counts the repeated chain-days. */
  loadChainTvlDaily(dataset: string, file: string): Promise<{ rows: number; repeatedDays: number }>;
  /**
   * DefiLlama protocol events (parquet: `TVL` per chain or all-chains section, `TOKENS_IN_USD` per token)
   * to per-chain and protocol-wide points and token values, the day's latest event winning; points below
   * $0 or above $200B are stored flagged (left out of totals). An unknown event type is refused.
   */
  loadProtocolChainTvlDaily(dataset: string, file: string): Promise<{ rows: number; sanity: SanityCount[] }>;
  /** Chain month-end and mean TVL, `month,chain,tvl_last_usd,tvl_mean_usd` (USD; a blank mean is unknown). */
  loadChainTvlMonthly(dataset: string, file: string): Promise<number>;
  /** Monthly average TVL per project per chain, `display_name,chain,amount,sample_date` (USD). */
  loadProtocolChainTvlMonthly(dataset: string, file: string): Promise<number>;
  /** Month-end BTC staking products, `month,product,tvl_usd,tvl_btc`; `Protocol (note) - holder` split. */
  loadBtcStakingMonthly(dataset: string, file: string): Promise<number>;
  /** Daily OHLCV of `asset` in USD, `date,open,high,low,close,volume`. */
  loadPricesDaily(dataset: string, file: string, asset: string): Promise<number>;
  /** Stablecoin circulation per coin per day, `Date,Stablecoin,Circulation` (USD). */
  loadStablecoinSupply(dataset: string, file: string): Promise<number>;
  /** A lending market's borrowers on `asOf` (USD debt and collateral, health factor); counts those below 1. */
  loadLendingAccounts(
    dataset: string,
    file: string,
    market: string,
    asOf: Day,
  ): Promise<{ rows: number; belowOne: number }>;
  /** Each account's largest debt position with its reserve's risk parameters (the reserve's last row wins). */
  loadLendingPositions(dataset: string, file: string, market: string): Promise<number>;
  /** Realised volatility per asset over a window ending on `asOf` (fractions). */
  loadAssetVolatility(dataset: string, file: string, asOf: Day): Promise<number>;
  /**
   * A restaking history's daily totals, `date,totalLiquidityUSD,protocol` (unix seconds, USD), each row
   * stored under its product's slug (`products`: file name → slug; an unknown product is refused); a
   * negative total is flagged and stored flagged.
   */
  loadRestakingTotals(
    dataset: string,
    file: string,
    products: Readonly<Record<string, string>>,
  ): Promise<number>;
  /** A restaking history's token amounts per chain, `chain,date,token,value,protocol` (token units). */
  loadRestakingTokens(
    dataset: string,
    file: string,
    products: Readonly<Record<string, string>>,
  ): Promise<number>;
  /**
   * DefiLlama `/chart/{pool}` histories (parquet) to pools (each pool's newest project, chain, symbol) and
   * pool-days; returns the protocols present, pools relabelled within their history, and pool-days
   * above `EXTREME_APY` percent (`model/poolYield.ts`).
   */
  loadPoolHistory(
    dataset: string,
    file: string,
  ): Promise<{ rows: number; protocols: string[]; relabelled: number; extreme: number }>;
  /**
   * DefiLlama `/pools` (parquet) and its enriched subset (`state`: stablecoin, exposure, pool meta) to
   * pools with their token lists and pool-days dated `day`; returns the pools last updated more than a
   * day before `day`, the enriched file's own days, and its pools missing from the snapshot.
   */
  loadPoolsSnapshot(
    dataset: string,
    pools: string,
    state: string,
    day: Day,
  ): Promise<{ rows: number; stateRows: number; stale: number; stateDays: Day[]; stateOnly: number }>;
  /**
   * Aave v3 reserve state read once a day per network (CSV), one row per reserve and UTC day (the day's
   * last version); fields out of their range are stored as unknown, rows whose rates are out of range
   * left out; returns each range check's findings.
   */
  loadReserveRates(dataset: string, file: string): Promise<{ rows: number; findings: RangeFinding[] }>;
}
