// src/sources/files/stablecoinSupply.ts
import { join } from "node:path";
import { stageCsv } from "./stageCsv.js";
var stablecoinSupply = {
  id: "stablecoins/daily-supply",
  title: "Stablecoin circulating supply, daily",
  version: 1,
  files: (dir) => [join(dir, "stablecoins/daily_supply_2020-2025-08.csv")],
  tables: [{ table: "stablecoin_supply_daily", dayColumn: "day" }],
  caveats: ["Five coins (USDT, USDC, DAI, BUSD, TUSD)."],
  async load(tx, [file]) {
    const f = file;
    const rows = await stageCsv(tx, f, { Date: "day", Stablecoin: "text", Circulation: "nonNegative" });
    await tx.run(
      `INSERT INTO stablecoin_supply_daily SELECT 'stablecoins/daily-supply', Stablecoin, Date::DATE, arg_max(Circulation::DOUBLE, line)
       FROM stage GROUP BY Stablecoin, Date`
    );
    return { rowsByFile: /* @__PURE__ */ new Map([[f, rows]]), flags: [] };
  }
};
export {
  stablecoinSupply
};
