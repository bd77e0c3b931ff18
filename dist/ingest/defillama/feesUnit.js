// src/ingest/defillama/feesUnit.ts
import { dayFromUnix } from "../../core/day.js";
import { getFeesSummary } from "../../sources/defillama/getFeesSummary.js";
import { appendNewDays } from "../appendNewDays.js";
import { checkpointOf } from "../ingestUnit.js";
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from "./defillamaDataset.js";
var KINDS = [
  ["dailyFees", "fees"],
  ["dailyRevenue", "revenue"]
];
function feesUnit(api, slug) {
  const id = `fees:${slug}`;
  return {
    id,
    async run(ctx) {
      let bytes = 0;
      const rows = /* @__PURE__ */ new Map();
      for (const [dataType, kind] of KINDS) {
        const response = await getFeesSummary(api, slug, dataType);
        if (response.status !== "ok") continue;
        bytes += response.bytes;
        rows.set(
          `${slug}/${kind}`,
          response.data.totalDataChart.map(([at, usd]) => {
            const day = dayFromUnix(at);
            return [day, [DEFILLAMA_DATASET, slug, day, kind, usd]];
          })
        );
      }
      const newestDay = [...rows.values()].flat().reduce((d, [day]) => d && d > day ? d : day, null);
      return appendNewDays(
        ctx,
        {
          table: "protocol_fees_daily",
          keyColumn: "protocol || '/' || kind",
          columns: [
            ["dataset", "varchar"],
            ["protocol", "varchar"],
            ["day", "date"],
            ["kind", "varchar"],
            ["usd", "double"]
          ]
        },
        rows,
        { ...checkpointOf(DEFILLAMA_SOURCE, id, ctx), newestDay },
        bytes
      );
    }
  };
}
export {
  feesUnit
};
