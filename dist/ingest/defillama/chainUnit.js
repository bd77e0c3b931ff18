// src/ingest/defillama/chainUnit.ts
import { dayFromUnix } from "../../core/day.js";
import { SourceError } from "../../core/errors.js";
import { normaliseChain } from "../../model/normaliseChain.js";
import { getHistoricalChainTvl } from "../../sources/defillama/getHistoricalChainTvl.js";
import { appendNewDays } from "../appendNewDays.js";
import { checkpointOf, recordNotModified, storedValidators } from "../ingestUnit.js";
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from "./defillamaDataset.js";
function chainUnit(api, chainName) {
  const id = `chain:${chainName}`;
  const chain = normaliseChain(chainName);
  return {
    id,
    async run(ctx) {
      const response = await getHistoricalChainTvl(api, chainName, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators);
      if (response.status === "not-modified") return recordNotModified(ctx, checkpoint);
      if (response.data.length === 0) {
        throw new SourceError(`DefiLlama returned no history for chain "${chainName}"; stored history kept`, {
          source: response.url,
          retryable: true
        });
      }
      const days = response.data.map((p) => {
        const day = dayFromUnix(p.date);
        return [day, [DEFILLAMA_DATASET, chain, day, p.tvl]];
      });
      return appendNewDays(
        ctx,
        {
          table: "chain_tvl_daily",
          keyColumn: "chain",
          columns: [
            ["dataset", "varchar"],
            ["chain", "varchar"],
            ["day", "date"],
            ["tvl_usd", "double"]
          ]
        },
        /* @__PURE__ */ new Map([[chain, days]]),
        { ...checkpoint, newestDay: days.at(-1)?.[0] ?? null },
        response.bytes
      );
    }
  };
}
export {
  chainUnit
};
