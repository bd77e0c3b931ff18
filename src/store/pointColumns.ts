import type { Column } from './store.ts';

/** A protocol's TVL point on one chain, as appended to `protocol_chain_tvl_daily` (USD). */
export const CHAIN_POINT_COLUMNS: readonly Column[] = [
  ['dataset', 'varchar'],
  ['protocol', 'varchar'],
  ['chain', 'varchar'],
  ['section', 'varchar'],
  ['day', 'date'],
  ['tvl_usd', 'double'],
  ['flag', 'varchar'],
];

/** A protocol-wide TVL point, as appended to `protocol_tvl_daily` (USD). */
export const PROTOCOL_POINT_COLUMNS: readonly Column[] = [
  ['dataset', 'varchar'],
  ['protocol', 'varchar'],
  ['section', 'varchar'],
  ['day', 'date'],
  ['tvl_usd', 'double'],
  ['flag', 'varchar'],
];

/** The derived days a point stands for (see `duckdb/deriveTvlFacts.ts`), after either point layout. */
export const DERIVED_POINT_COLUMNS: readonly Column[] = [
  ['covers_from', 'date'],
  ['covers_from_all', 'date'],
];

/** A token held on a chain on a day: amount in token units and value in USD (`protocol_token_tvl_daily`). */
export const TOKEN_POINT_COLUMNS: readonly Column[] = [
  ['dataset', 'varchar'],
  ['protocol', 'varchar'],
  ['chain', 'varchar'],
  ['section', 'varchar'],
  ['day', 'date'],
  ['token', 'varchar'],
  ['amount', 'double'],
  ['usd', 'double'],
];
