// src/sources/files/defillamaLendingProtocols.ts
import { basename, join } from "node:path";
import { z } from "zod";
import { dayFromUnix } from "../../core/day.js";
import { parseChainKey } from "../../model/normaliseChain.js";
import { PROTOCOL_POINT_COLUMNS } from "../../store/pointColumns.js";
import { appendProtocols } from "./appendProtocols.js";
import { listFiles } from "./listFiles.js";
import { readJsonFile } from "./readJsonFile.js";
var ID = "defillama/lending-protocols";
var ProtocolResponse = z.looseObject({
  name: z.string().min(1),
  tvl: z.array(z.looseObject({ date: z.number().int().positive(), totalLiquidityUSD: z.number().finite() })).min(1),
  currentChainTvls: z.record(z.string(), z.number().finite())
});
var defillamaLendingProtocols = {
  id: ID,
  title: "DefiLlama /protocol responses (5 lending protocols)",
  version: 1,
  files: (dir) => listFiles(join(dir, "defillama/lending_protocols"), ".json"),
  tables: [
    { table: "protocol_tvl_daily", dayColumn: "day" },
    { table: "protocol_chain_snapshots", dayColumn: "day" },
    { table: "protocols", dayColumn: null }
  ],
  caveats: ["Total TVL only per day; per-chain values only for the latest day (currentChainTvls)."],
  async load(tx, files) {
    const rowsByFile = /* @__PURE__ */ new Map();
    for (const file of files) {
      const response = readJsonFile(file, ProtocolResponse);
      const slug = basename(file, ".json");
      const byDay = new Map(response.tvl.map((p) => [dayFromUnix(p.date), p.totalLiquidityUSD]));
      await tx.append(
        "protocol_tvl_daily",
        PROTOCOL_POINT_COLUMNS,
        [...byDay].map(([day, usd]) => [ID, slug, "tvl", day, usd, usd < 0 ? "negative" : null])
      );
      const lastDay = [...byDay.keys()].sort().at(-1);
      await tx.append(
        "protocol_chain_snapshots",
        [
          ["dataset", "varchar"],
          ["day", "date"],
          ["protocol", "varchar"],
          ["chain", "varchar"],
          ["section", "varchar"],
          ["tvl_usd", "double"]
        ],
        Object.entries(response.currentChainTvls).map(([key, usd]) => {
          const { chain, section } = parseChainKey(key);
          return [ID, lastDay, slug, chain, section, usd];
        })
      );
      await appendProtocols(tx, ID, [
        { slug, name: response.name, category: "Lending", parent: null, url: null }
      ]);
      rowsByFile.set(file, response.tvl.length);
    }
    return { rowsByFile, flags: [] };
  }
};
export {
  ProtocolResponse,
  defillamaLendingProtocols
};
