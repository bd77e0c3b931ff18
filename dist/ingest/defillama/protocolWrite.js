// src/ingest/defillama/protocolWrite.ts
import {
  CHAIN_POINT_COLUMNS,
  DERIVED_POINT_COLUMNS,
  PROTOCOL_POINT_COLUMNS,
  TOKEN_POINT_COLUMNS
} from "../../store/pointColumns.js";
import { DEFILLAMA_DATASET } from "./defillamaDataset.js";
import { firstHistoryFacts } from "./firstHistoryFacts.js";
var POINT_COLUMNS = {
  protocol_chain_tvl_daily: [...CHAIN_POINT_COLUMNS, ...DERIVED_POINT_COLUMNS],
  protocol_tvl_daily: [...PROTOCOL_POINT_COLUMNS, ...DERIVED_POINT_COLUMNS]
};
function protocolWrite(slug, points, tokenRows, stored) {
  const table = points.some((p) => p.chain !== "all") ? "protocol_chain_tvl_daily" : "protocol_tvl_daily";
  const facts = stored ? null : firstHistoryFacts(points);
  const rows = points.map((p) => {
    const derived = facts ? [facts.coversFrom.get(p.day) ?? null, facts.coversFromAll.get(p.day) ?? null] : [null, null];
    const where = table === "protocol_chain_tvl_daily" ? [p.chain, p.section] : [p.section];
    return [DEFILLAMA_DATASET, slug, ...where, p.day, p.usd, p.flag, ...derived];
  });
  const write = async (tx) => {
    if (rows.length > 0) await tx.append(table, POINT_COLUMNS[table], rows);
    if (tokenRows.length > 0) {
      await tx.append("protocol_token_tvl_daily", TOKEN_POINT_COLUMNS, tokenRows);
    }
    if (facts && facts.totals.length > 0) {
      await tx.append(
        "protocol_daily_totals",
        [
          ["dataset", "varchar"],
          ["protocol", "varchar"],
          ["day", "date"],
          ["source", "varchar"],
          ["tvl_usd", "double"],
          ["btc_side_usd", "double"]
        ],
        facts.totals.map((t) => [
          DEFILLAMA_DATASET,
          slug,
          t.day,
          table === "protocol_chain_tvl_daily" ? "chain" : "protocol",
          t.usd,
          t.btcSideUsd
        ])
      );
    }
  };
  if (facts || rows.length === 0) return { write };
  return { write, derive: { dataset: DEFILLAMA_DATASET, protocol: slug, changed: [table] } };
}
function tokenRowsOf(slug, s, days) {
  const rows = [];
  for (const day of days) {
    const amounts = s.tokenAmounts.get(day) ?? {};
    const values = s.tokensUsd.get(day) ?? {};
    for (const token in amounts) {
      rows.push([
        DEFILLAMA_DATASET,
        slug,
        s.chain,
        "tvl",
        day,
        token,
        amounts[token] ?? null,
        values[token] ?? null
      ]);
    }
    for (const token in values) {
      if (!(token in amounts))
        rows.push([DEFILLAMA_DATASET, slug, s.chain, "tvl", day, token, null, values[token] ?? null]);
    }
  }
  return rows;
}
export {
  protocolWrite,
  tokenRowsOf
};
