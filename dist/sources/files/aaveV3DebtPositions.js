// src/sources/files/aaveV3DebtPositions.ts
import { join } from "node:path";
import { AAVE_V3_ETHEREUM } from "./aaveV3Borrowers.js";
import { stageCsv } from "./stageCsv.js";
var ID = "aave-v3/debt-positions";
var aaveV3DebtPositions = {
  id: ID,
  title: "Aave v3 Ethereum largest debt positions and reserve parameters",
  version: 1,
  files: (dir) => [join(dir, "aave-v3/ethereum_top1000_debt_positions_with_reserve_params_2025-12-01.csv")],
  tables: [
    { table: "lending_positions", dayColumn: "as_of" },
    { table: "lending_reserves", dayColumn: "as_of" }
  ],
  caveats: ["One position per account (its largest debt); collateral composition is not in this data."],
  async load(tx, [file]) {
    const f = file;
    const rows = await stageCsv(tx, f, {
      user_address: "text",
      asset_address: "text",
      symbol: "text",
      side: "text",
      amount: "nonNegative",
      amount_usd: "nonNegative",
      price_usd: "nonNegative",
      price_timestamp: "timestamp",
      liquidation_threshold: "nonNegative",
      base_ltv_as_collateral: "nonNegative",
      liquidation_bonus: "nonNegative",
      debt_ceiling: "nonNegative",
      borrowable_in_isolation: "boolean",
      emode_category_id: "integer",
      is_frozen: "boolean",
      borrow_cap: "nonNegative",
      supply_cap: "nonNegative"
    });
    await tx.run(
      `INSERT INTO lending_positions SELECT '${ID}', '${AAVE_V3_ETHEREUM}', lower(user_address), lower(asset_address), symbol, side,
         amount::DOUBLE, amount_usd::DOUBLE, price_usd::DOUBLE, price_timestamp::TIMESTAMP::DATE FROM stage`
    );
    await tx.run(
      `INSERT INTO lending_reserves SELECT '${ID}', '${AAVE_V3_ETHEREUM}', lower(asset_address), any_value(symbol),
         arg_max(liquidation_threshold::DOUBLE, line), arg_max(base_ltv_as_collateral::DOUBLE, line),
         arg_max(liquidation_bonus::DOUBLE, line), arg_max(debt_ceiling::DOUBLE, line),
         arg_max(borrowable_in_isolation::BOOLEAN, line), arg_max(emode_category_id::INTEGER, line),
         arg_max(is_frozen::BOOLEAN, line), arg_max(borrow_cap::DOUBLE, line), arg_max(supply_cap::DOUBLE, line),
         max(price_timestamp::TIMESTAMP::DATE)
       FROM stage GROUP BY lower(asset_address)`
    );
    return { rowsByFile: /* @__PURE__ */ new Map([[f, rows]]), flags: [] };
  }
};
export {
  aaveV3DebtPositions
};
