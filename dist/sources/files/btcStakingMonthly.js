// src/sources/files/btcStakingMonthly.ts
import { join } from "node:path";
import { stageCsv } from "./stageCsv.js";
var btcStakingMonthly = {
  id: "btc-staking/monthly",
  title: "BTC staking and restaking, monthly",
  version: 1,
  files: (dir) => [join(dir, "btc-staking/btc_staking_restaking_monthly_2024-09_2025-12.csv")],
  tables: [{ table: "btc_staking_monthly", dayColumn: "month" }],
  caveats: [
    "Transcribed subset built from DefiLlama token breakdowns.",
    "Wrapped BTC (LBTC, SolvBTC) held inside other listed products appears twice at face value: de-duplicate before summing."
  ],
  async load(tx, [file]) {
    const f = file;
    const rows = await stageCsv(tx, f, {
      month: "month",
      product: "text",
      tvl_usd: "nonNegative",
      tvl_btc: "nonNegative"
    });
    await tx.run(
      `INSERT INTO btc_staking_monthly SELECT 'btc-staking/monthly', (month || '-01')::DATE, product,
         trim(regexp_replace(split_part(product, ' - ', 1), '\\s*\\(.*\\)\\s*$', '')),
         CASE WHEN product LIKE '% - %' THEN trim(substr(product, strpos(product, ' - ') + 3)) ELSE 'all' END,
         tvl_usd::DOUBLE, tvl_btc::DOUBLE
       FROM stage`
    );
    return { rowsByFile: /* @__PURE__ */ new Map([[f, rows]]), flags: [] };
  }
};
export {
  btcStakingMonthly
};
