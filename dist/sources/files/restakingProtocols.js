// src/sources/files/restakingProtocols.ts
import { basename, join } from "node:path";
import { listFiles } from "./listFiles.js";
import { mapChains } from "./mapChains.js";
import { stageCsv } from "./stageCsv.js";
var ID = "restaking-protocols/history";
var restakingProtocols = {
  id: ID,
  title: "Liquid restaking history (ether.fi, Renzo, Kelp)",
  version: 1,
  files: (dir) => listFiles(join(dir, "restaking-protocols"), ".csv"),
  tables: [
    { table: "protocol_tvl_daily", dayColumn: "day" },
    { table: "protocol_token_tvl_daily", dayColumn: "day" }
  ],
  caveats: ["Token files hold token amounts, not USD.", "Ends around 2025-01."],
  async load(tx, files) {
    const rowsByFile = /* @__PURE__ */ new Map();
    for (const file of files) {
      const protocol = basename(file).split("_")[0];
      if (basename(file).includes("_total_")) {
        const rows2 = await stageCsv(tx, file, { date: "unixSeconds", totalLiquidityUSD: "number" });
        await tx.run(
          `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag) SELECT '${ID}', ?, 'tvl', day, v, CASE WHEN v < 0 THEN 'negative' END FROM (
             SELECT to_timestamp(date::BIGINT)::DATE AS day, arg_max(totalLiquidityUSD::DOUBLE, line) AS v FROM stage GROUP BY 1)`,
          [protocol]
        );
        rowsByFile.set(file, rows2);
        continue;
      }
      const rows = await stageCsv(tx, file, {
        chain: "text",
        date: "unixSeconds",
        token: "text",
        value: "number"
      });
      await mapChains(tx, "stage", "chain");
      await tx.run(
        `INSERT INTO protocol_token_tvl_daily SELECT '${ID}', ?, m.id, m.section, to_timestamp(s.date::BIGINT)::DATE,
           s.token, arg_max(s.value::DOUBLE, s.line), NULL
         FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY ALL`,
        [protocol]
      );
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  }
};
export {
  restakingProtocols
};
