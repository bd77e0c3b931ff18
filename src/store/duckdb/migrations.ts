/**
 * Versioned schema migrations, applied in order and recorded in `schema_migrations`.
 * Every fact table carries `dataset`: the unit of import that owns the row, so a re-import of one
 * dataset replaces exactly its rows. Units: `*_usd` in US dollars, `*_btc` in BTC, days are UTC.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'domain model',
    sql: `
CREATE TABLE chains (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, layer VARCHAR NOT NULL, parent VARCHAR,
  stack VARCHAR, da VARCHAR);
CREATE TABLE dataset_imports (dataset VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL, rows BIGINT NOT NULL,
  imported_at TIMESTAMP NOT NULL, duration_ms DOUBLE NOT NULL);
CREATE TABLE import_files (dataset VARCHAR NOT NULL, file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
  bytes BIGINT NOT NULL, rows BIGINT NOT NULL, PRIMARY KEY (dataset, file));
CREATE TABLE quality_flags (dataset VARCHAR NOT NULL, kind VARCHAR NOT NULL, subject VARCHAR NOT NULL,
  message VARCHAR NOT NULL, file VARCHAR);

CREATE TABLE chain_tvl_daily (dataset VARCHAR NOT NULL, chain VARCHAR NOT NULL, day DATE NOT NULL, tvl_usd DOUBLE NOT NULL);
CREATE TABLE chain_tvl_monthly (dataset VARCHAR NOT NULL, chain VARCHAR NOT NULL, month DATE NOT NULL,
  tvl_last_usd DOUBLE NOT NULL, tvl_mean_usd DOUBLE);
CREATE TABLE protocol_chain_tvl_daily (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  section VARCHAR NOT NULL, day DATE NOT NULL, tvl_usd DOUBLE NOT NULL, flag VARCHAR);
CREATE TABLE protocol_tvl_daily (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, section VARCHAR NOT NULL,
  day DATE NOT NULL, tvl_usd DOUBLE NOT NULL, flag VARCHAR);
CREATE TABLE protocol_token_tvl_daily (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  section VARCHAR NOT NULL, day DATE NOT NULL, token VARCHAR NOT NULL, amount DOUBLE, usd DOUBLE);
CREATE TABLE protocol_chain_tvl_monthly (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, name VARCHAR NOT NULL,
  chain VARCHAR NOT NULL, month DATE NOT NULL, tvl_mean_usd DOUBLE NOT NULL);
CREATE TABLE protocols (dataset VARCHAR NOT NULL, slug VARCHAR NOT NULL, name VARCHAR NOT NULL, category VARCHAR,
  parent VARCHAR, url VARCHAR);
CREATE TABLE protocol_snapshots (dataset VARCHAR NOT NULL, day DATE NOT NULL, slug VARCHAR NOT NULL, name VARCHAR NOT NULL,
  category VARCHAR, tvl_usd DOUBLE, chains VARCHAR[] NOT NULL, oracles VARCHAR[] NOT NULL);
CREATE TABLE protocol_chain_snapshots (dataset VARCHAR NOT NULL, day DATE NOT NULL, protocol VARCHAR NOT NULL,
  chain VARCHAR NOT NULL, section VARCHAR NOT NULL, tvl_usd DOUBLE NOT NULL);
CREATE TABLE protocol_fees_daily (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, day DATE NOT NULL,
  kind VARCHAR NOT NULL, usd DOUBLE NOT NULL);

CREATE TABLE prices_daily (dataset VARCHAR NOT NULL, asset VARCHAR NOT NULL, day DATE NOT NULL, open_usd DOUBLE NOT NULL,
  high_usd DOUBLE NOT NULL, low_usd DOUBLE NOT NULL, close_usd DOUBLE NOT NULL, volume DOUBLE NOT NULL);
CREATE TABLE stablecoin_supply_daily (dataset VARCHAR NOT NULL, coin VARCHAR NOT NULL, day DATE NOT NULL,
  circulating_usd DOUBLE NOT NULL);

CREATE TABLE l2_risk_profiles (dataset VARCHAR NOT NULL, chain VARCHAR NOT NULL, project VARCHAR NOT NULL,
  name VARCHAR NOT NULL, category VARCHAR NOT NULL, provider VARCHAR, stage VARCHAR NOT NULL, as_of DATE NOT NULL,
  state_validation VARCHAR NOT NULL, state_validation_sentiment VARCHAR NOT NULL,
  data_availability VARCHAR NOT NULL, data_availability_sentiment VARCHAR NOT NULL,
  exit_window VARCHAR NOT NULL, exit_window_sentiment VARCHAR NOT NULL,
  sequencer_failure VARCHAR NOT NULL, sequencer_failure_sentiment VARCHAR NOT NULL,
  proposer_failure VARCHAR NOT NULL, proposer_failure_sentiment VARCHAR NOT NULL,
  tvs_total_usd DOUBLE NOT NULL, tvs_ether_usd DOUBLE NOT NULL, tvs_stablecoin_usd DOUBLE NOT NULL,
  tvs_associated_usd DOUBLE NOT NULL);
CREATE TABLE btc_layer_profiles (dataset VARCHAR NOT NULL, slug VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  name VARCHAR NOT NULL, entity_type VARCHAR NOT NULL, live_status VARCHAR NOT NULL, btc_locked DOUBLE,
  custody VARCHAR NOT NULL, data_availability VARCHAR NOT NULL, operators VARCHAR NOT NULL, finality VARCHAR NOT NULL,
  as_of DATE NOT NULL);
CREATE TABLE btc_staking_monthly (dataset VARCHAR NOT NULL, month DATE NOT NULL, product VARCHAR NOT NULL,
  protocol VARCHAR NOT NULL, holder VARCHAR NOT NULL, tvl_usd DOUBLE NOT NULL, tvl_btc DOUBLE NOT NULL);
CREATE TABLE babylon_params (dataset VARCHAR NOT NULL, version INTEGER NOT NULL, activation_height BIGINT NOT NULL,
  cap_height BIGINT, staking_cap_sat BIGINT, covenant_quorum INTEGER NOT NULL, covenant_size INTEGER NOT NULL,
  unbonding_blocks INTEGER NOT NULL, unbonding_fee_sat BIGINT NOT NULL, min_stake_sat BIGINT NOT NULL,
  max_stake_sat BIGINT NOT NULL, min_time_blocks INTEGER NOT NULL, max_time_blocks INTEGER NOT NULL,
  confirmation_depth INTEGER NOT NULL);
CREATE TABLE babylon_covenant_signers (dataset VARCHAR NOT NULL, pk VARCHAR NOT NULL, name VARCHAR NOT NULL);
CREATE TABLE babylon_finality_providers (dataset VARCHAR NOT NULL, moniker VARCHAR NOT NULL, eots_pk VARCHAR NOT NULL,
  commission DOUBLE NOT NULL, website VARCHAR, file VARCHAR NOT NULL);

CREATE TABLE lending_accounts (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, account VARCHAR NOT NULL,
  debt_usd DOUBLE NOT NULL, collateral_usd DOUBLE NOT NULL, health_factor DOUBLE NOT NULL, as_of DATE NOT NULL);
CREATE TABLE lending_positions (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, account VARCHAR NOT NULL,
  asset VARCHAR NOT NULL, symbol VARCHAR NOT NULL, side VARCHAR NOT NULL, amount DOUBLE NOT NULL,
  amount_usd DOUBLE NOT NULL, price_usd DOUBLE NOT NULL, as_of DATE NOT NULL);
CREATE TABLE lending_reserves (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, asset VARCHAR NOT NULL,
  symbol VARCHAR NOT NULL, liquidation_threshold DOUBLE NOT NULL, ltv DOUBLE NOT NULL, liquidation_bonus DOUBLE NOT NULL,
  debt_ceiling_usd DOUBLE NOT NULL, borrowable_in_isolation BOOLEAN NOT NULL, emode_category INTEGER NOT NULL,
  is_frozen BOOLEAN NOT NULL, borrow_cap DOUBLE NOT NULL, supply_cap DOUBLE NOT NULL, as_of DATE NOT NULL);
CREATE TABLE asset_volatility (dataset VARCHAR NOT NULL, symbol VARCHAR NOT NULL, price_usd DOUBLE NOT NULL,
  daily_volatility DOUBLE NOT NULL, annualized_volatility DOUBLE NOT NULL, days INTEGER NOT NULL, as_of DATE NOT NULL);
`,
  },
  {
    version: 2,
    name: 'days each TVL point stands for',
    sql: `
ALTER TABLE protocol_chain_tvl_daily ADD COLUMN covers_from DATE;
ALTER TABLE protocol_tvl_daily ADD COLUMN covers_from DATE;
`,
  },
  {
    version: 3,
    name: 'daily protocol totals',
    sql: `
CREATE TABLE protocol_daily_totals (dataset VARCHAR NOT NULL, protocol VARCHAR NOT NULL, day DATE NOT NULL,
  source VARCHAR NOT NULL, tvl_usd DOUBLE NOT NULL, btc_side_usd DOUBLE NOT NULL);
`,
  },
  {
    version: 4,
    name: 'live ingestion',
    sql: `
CREATE TABLE ingest_checkpoints (source VARCHAR NOT NULL, unit VARCHAR NOT NULL, target_day DATE NOT NULL,
  newest_day DATE, etag VARCHAR, last_modified VARCHAR, content_sha256 VARCHAR);
CREATE TABLE ingest_failures (source VARCHAR NOT NULL, unit VARCHAR NOT NULL, target_day DATE NOT NULL,
  error VARCHAR NOT NULL);
CREATE TABLE ingest_flags (dataset VARCHAR NOT NULL, unit VARCHAR NOT NULL, subject VARCHAR NOT NULL, day DATE,
  kind VARCHAR NOT NULL, excluded BOOLEAN NOT NULL, usd DOUBLE, message VARCHAR NOT NULL);
ALTER TABLE protocol_chain_tvl_daily ADD COLUMN covers_from_all DATE;
ALTER TABLE protocol_tvl_daily ADD COLUMN covers_from_all DATE;
ALTER TABLE prices_daily ALTER COLUMN open_usd DROP NOT NULL;
ALTER TABLE prices_daily ALTER COLUMN high_usd DROP NOT NULL;
ALTER TABLE prices_daily ALTER COLUMN low_usd DROP NOT NULL;
ALTER TABLE prices_daily ALTER COLUMN volume DROP NOT NULL;
`,
  },
  {
    version: 5,
    name: 'pool yields and lending rates',
    sql: `
CREATE TABLE yield_pools (dataset VARCHAR NOT NULL, pool VARCHAR NOT NULL, project VARCHAR NOT NULL,
  chain VARCHAR NOT NULL, symbol VARCHAR NOT NULL, category VARCHAR, pool_meta VARCHAR, reward_tokens VARCHAR[],
  underlying_tokens VARCHAR[], stablecoin BOOLEAN, exposure VARCHAR, place VARCHAR NOT NULL);
CREATE TABLE yield_pool_days (dataset VARCHAR NOT NULL, pool VARCHAR NOT NULL, day DATE NOT NULL,
  tvl_usd DOUBLE NOT NULL, apy DOUBLE, apy_base DOUBLE, apy_reward DOUBLE, supply_usd DOUBLE, borrow_usd DOUBLE,
  apy_base_borrow DOUBLE, apy_reward_borrow DOUBLE);
CREATE TABLE yield_pool_spans (dataset VARCHAR NOT NULL, pool VARCHAR NOT NULL, first_day DATE NOT NULL,
  last_day DATE NOT NULL, days INTEGER NOT NULL);
CREATE TABLE yield_cliff_episodes (pool VARCHAR NOT NULL, day DATE NOT NULL, reward_apy DOUBLE NOT NULL,
  total_apy DOUBLE NOT NULL, tvl_usd DOUBLE NOT NULL, sustained BOOLEAN, change_30 DOUBLE, change_90 DOUBLE);
CREATE TABLE yield_control_days (day DATE NOT NULL, horizon INTEGER NOT NULL, pools INTEGER NOT NULL,
  median_change DOUBLE NOT NULL);
CREATE TABLE lending_reserve_rates_daily (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  asset VARCHAR NOT NULL, symbol VARCHAR NOT NULL, day DATE NOT NULL, liquidity_rate DOUBLE NOT NULL,
  variable_borrow_rate DOUBLE NOT NULL, reserve_factor DOUBLE, ltv DOUBLE, liquidation_threshold DOUBLE,
  liquidation_bonus DOUBLE, frozen BOOLEAN NOT NULL, paused BOOLEAN NOT NULL, liquidity_index DOUBLE,
  variable_borrow_index DOUBLE, line INTEGER NOT NULL);
CREATE TABLE lending_rate_strategies (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  asset VARCHAR NOT NULL, symbol VARCHAR NOT NULL, as_of DATE NOT NULL, optimal_usage_ratio DOUBLE NOT NULL,
  base_variable_borrow_rate DOUBLE NOT NULL, variable_rate_slope1 DOUBLE NOT NULL, variable_rate_slope2 DOUBLE NOT NULL,
  reserve_factor DOUBLE NOT NULL, strategy VARCHAR NOT NULL, file VARCHAR NOT NULL);
CREATE TABLE lending_reserve_configs (dataset VARCHAR NOT NULL, market VARCHAR NOT NULL, chain VARCHAR NOT NULL,
  asset VARCHAR NOT NULL, symbol VARCHAR NOT NULL, as_of DATE NOT NULL, decimals INTEGER, borrowing_enabled BOOLEAN,
  liquidation_protocol_fee DOUBLE, emode_category INTEGER);
`,
  },
  {
    version: 6,
    name: 'lending markets read from the chain',
    sql: `
CREATE TABLE market_snapshots (market VARCHAR NOT NULL, block BIGINT NOT NULL, chain_id BIGINT NOT NULL,
  provider VARCHAR NOT NULL, pool VARCHAR NOT NULL, oracle VARCHAR NOT NULL, block_time BIGINT NOT NULL,
  day DATE NOT NULL, base_currency_unit VARCHAR NOT NULL, scanned_from BIGINT NOT NULL, sentinel VARCHAR,
  sequencer_oracle VARCHAR, grace_period_seconds BIGINT, sequencer_up BOOLEAN, sequencer_updated_at BIGINT,
  borrow_allowed BOOLEAN, liquidation_allowed BOOLEAN, written_at TIMESTAMP NOT NULL, PRIMARY KEY (market, block));
CREATE TABLE market_reserves (market VARCHAR NOT NULL, block BIGINT NOT NULL, asset VARCHAR NOT NULL,
  symbol VARCHAR NOT NULL, id INTEGER NOT NULL, a_token VARCHAR NOT NULL, stable_debt_token VARCHAR NOT NULL,
  variable_debt_token VARCHAR NOT NULL, rate_strategy VARCHAR NOT NULL, configuration VARCHAR NOT NULL,
  ltv_bps INTEGER NOT NULL, liquidation_threshold_bps INTEGER NOT NULL, liquidation_bonus_bps INTEGER NOT NULL,
  decimals INTEGER NOT NULL, frozen BOOLEAN NOT NULL, paused BOOLEAN NOT NULL, emode_category INTEGER NOT NULL,
  debt_ceiling_cents BIGINT NOT NULL, liquidity_index VARCHAR NOT NULL, variable_borrow_index VARCHAR NOT NULL,
  liquidity_rate VARCHAR NOT NULL, variable_borrow_rate VARCHAR NOT NULL, stable_borrow_rate VARCHAR NOT NULL,
  last_update BIGINT NOT NULL, accrued_to_treasury_scaled VARCHAR NOT NULL, unbacked VARCHAR NOT NULL,
  isolation_mode_total_debt VARCHAR NOT NULL, total_supplied VARCHAR NOT NULL, total_variable_debt VARCHAR NOT NULL,
  total_stable_debt VARCHAR NOT NULL, available_liquidity VARCHAR NOT NULL, optimal_usage_ratio VARCHAR,
  base_variable_borrow_rate VARCHAR, variable_rate_slope1 VARCHAR, variable_rate_slope2 VARCHAR);
CREATE TABLE market_prices (market VARCHAR NOT NULL, block BIGINT NOT NULL, asset VARCHAR NOT NULL, price VARCHAR,
  source VARCHAR, feed_decimals INTEGER, feed_description VARCHAR, round_id VARCHAR, answer VARCHAR,
  updated_at BIGINT, heartbeat_seconds BIGINT, age_seconds BIGINT, stale BOOLEAN, problem VARCHAR);
CREATE TABLE market_emodes (market VARCHAR NOT NULL, block BIGINT NOT NULL, id INTEGER NOT NULL, label VARCHAR NOT NULL,
  ltv_bps INTEGER NOT NULL, liquidation_threshold_bps INTEGER NOT NULL, liquidation_bonus_bps INTEGER NOT NULL,
  price_source VARCHAR NOT NULL, source_price VARCHAR);
CREATE TABLE market_accounts (market VARCHAR NOT NULL, block BIGINT NOT NULL, account VARCHAR NOT NULL,
  emode_category INTEGER NOT NULL, user_configuration VARCHAR NOT NULL, total_collateral_base VARCHAR,
  total_debt_base VARCHAR, available_borrows_base VARCHAR, current_liquidation_threshold VARCHAR, ltv VARCHAR,
  health_factor VARCHAR, account_data_block BIGINT NOT NULL);
CREATE TABLE market_positions (market VARCHAR NOT NULL, block BIGINT NOT NULL, account VARCHAR NOT NULL,
  asset VARCHAR NOT NULL, scaled_a_token VARCHAR NOT NULL, scaled_variable_debt VARCHAR NOT NULL,
  stable_principal VARCHAR, stable_rate VARCHAR, stable_updated_at BIGINT);
CREATE TABLE market_scans (market VARCHAR PRIMARY KEY, provider VARCHAR NOT NULL, pool VARCHAR NOT NULL,
  from_block BIGINT NOT NULL, scanned_to BIGINT NOT NULL);
CREATE TABLE market_scan_accounts (market VARCHAR NOT NULL, account VARCHAR NOT NULL, asset VARCHAR,
  last_block BIGINT NOT NULL);
CREATE TABLE oracle_rounds (dataset VARCHAR NOT NULL, feed VARCHAR NOT NULL, pair VARCHAR NOT NULL,
  round_id VARCHAR NOT NULL, answer VARCHAR NOT NULL, updated_at BIGINT NOT NULL, answered_in_round VARCHAR NOT NULL,
  day DATE);
`,
  },
  {
    version: 7,
    name: "adapters' own doublecounted flag; whether an import flag keeps data out",
    sql: `
ALTER TABLE protocol_snapshots ADD COLUMN doublecounted BOOLEAN;
ALTER TABLE protocol_snapshots ADD COLUMN doublecounted_source VARCHAR;
ALTER TABLE quality_flags ADD COLUMN excluded BOOLEAN;
UPDATE quality_flags SET excluded = kind IN ('rejected-negative-tvl', 'rejected-absurd-tvl', 'template-entry',
  'unknown-btc-locked', 'unknown-tvl', 'duplicate-day');
`,
  },
  {
    version: 8,
    name: 'dated oracle findings of the rounds histories',
    sql: `
CREATE TABLE oracle_findings (dataset VARCHAR NOT NULL, feed VARCHAR NOT NULL, pair VARCHAR NOT NULL,
  kind VARCHAR NOT NULL, round_id VARCHAR, day DATE NOT NULL, at_unix BIGINT NOT NULL, seen_at VARCHAR NOT NULL,
  gap_seconds BIGINT,
  heartbeat_seconds BIGINT, grace_seconds DOUBLE, move DOUBLE, deviation DOUBLE, file VARCHAR NOT NULL);
`,
  },
  {
    version: 9,
    name: 'store revision: an id of the data held, changed before every write',
    sql: `
CREATE TABLE store_revision (revision VARCHAR NOT NULL, changed_at TIMESTAMP NOT NULL);
INSERT INTO store_revision VALUES (uuid()::VARCHAR, now());
`,
  },
];
