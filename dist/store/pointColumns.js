// src/store/pointColumns.ts
var CHAIN_POINT_COLUMNS = [
  ["dataset", "varchar"],
  ["protocol", "varchar"],
  ["chain", "varchar"],
  ["section", "varchar"],
  ["day", "date"],
  ["tvl_usd", "double"],
  ["flag", "varchar"]
];
var PROTOCOL_POINT_COLUMNS = [
  ["dataset", "varchar"],
  ["protocol", "varchar"],
  ["section", "varchar"],
  ["day", "date"],
  ["tvl_usd", "double"],
  ["flag", "varchar"]
];
var DERIVED_POINT_COLUMNS = [
  ["covers_from", "date"],
  ["covers_from_all", "date"]
];
var TOKEN_POINT_COLUMNS = [
  ["dataset", "varchar"],
  ["protocol", "varchar"],
  ["chain", "varchar"],
  ["section", "varchar"],
  ["day", "date"],
  ["token", "varchar"],
  ["amount", "double"],
  ["usd", "double"]
];
export {
  CHAIN_POINT_COLUMNS,
  DERIVED_POINT_COLUMNS,
  PROTOCOL_POINT_COLUMNS,
  TOKEN_POINT_COLUMNS
};
