// src/sources/files/aaveV3Volatility.ts
import { join } from "node:path";
import { stageCsv } from "./stageCsv.js";
var aaveV3Volatility = {
  id: "aave-v3/volatility",
  title: "Aave asset volatility, 90 days",
  version: 1,
  files: (dir) => [join(dir, "aave-v3/asset_volatility_90d_2025-12.csv")],
  tables: [{ table: "asset_volatility", dayColumn: "as_of" }],
  caveats: ["Ten assets; one 90-day window ending Dec 2025."],
  async load(tx, [file]) {
    const f = file;
    const rows = await stageCsv(tx, f, {
      symbol: "text",
      current_price: "nonNegative",
      daily_volatility: "nonNegative",
      annualized_volatility: "nonNegative",
      days_analyzed: "integer"
    });
    await tx.run(
      `INSERT INTO asset_volatility SELECT 'aave-v3/volatility', symbol, current_price::DOUBLE, daily_volatility::DOUBLE,
         annualized_volatility::DOUBLE, days_analyzed::INTEGER, DATE '2025-12-01' FROM stage`
    );
    return { rowsByFile: /* @__PURE__ */ new Map([[f, rows]]), flags: [] };
  }
};
export {
  aaveV3Volatility
};
