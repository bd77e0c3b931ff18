// src/sources/files/pricesDaily.ts
import { basename, join } from "node:path";
import { listFiles } from "./listFiles.js";
import { stageCsv } from "./stageCsv.js";
var pricesDaily = {
  id: "prices/daily",
  title: "ETH and BTC daily prices (USD)",
  version: 1,
  files: (dir) => listFiles(join(dir, "prices"), ".csv"),
  tables: [{ table: "prices_daily", dayColumn: "day" }],
  caveats: ["Ends 2025-08-02: ETH/BTC denominations after that day are unknown."],
  async load(tx, files) {
    const rowsByFile = /* @__PURE__ */ new Map();
    for (const file of files) {
      const asset = (basename(file).split("_")[0] ?? "").toUpperCase();
      const rows = await stageCsv(tx, file, {
        date: "day",
        open: "nonNegative",
        high: "nonNegative",
        low: "nonNegative",
        close: "nonNegative",
        volume: "nonNegative"
      });
      await tx.run(
        `INSERT INTO prices_daily SELECT 'prices/daily', ?, date::DATE, arg_max(open::DOUBLE, line), arg_max(high::DOUBLE, line),
           arg_max(low::DOUBLE, line), arg_max(close::DOUBLE, line), arg_max(volume::DOUBLE, line) FROM stage GROUP BY date`,
        [asset]
      );
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  }
};
export {
  pricesDaily
};
