// src/ingest/defillama/protocolsUnit.ts
import { normaliseChain } from "../../model/normaliseChain.js";
import { getProtocols } from "../../sources/defillama/getProtocols.js";
import { appendProtocolSnapshots } from "../../sources/files/appendProtocolSnapshots.js";
import { appendProtocols } from "../../sources/files/appendProtocols.js";
import { contentSha256 } from "../contentSha.js";
import { checkpointOf, UNCHANGED } from "../ingestUnit.js";
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from "./defillamaDataset.js";
function protocolsUnit(api, onList) {
  const id = "protocols";
  return {
    id,
    async run(ctx) {
      const response = await getProtocols(api);
      if (response.status === "not-modified") return { ...UNCHANGED, status: "not-modified" };
      onList(response.data);
      const sha = contentSha256(response.data);
      if (ctx.checkpoint?.contentSha256 === sha && ctx.checkpoint.targetDay === ctx.until) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: {
          ...checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators),
          newestDay: ctx.until,
          contentSha256: sha
        },
        flags: [],
        async write(tx) {
          await tx.run("DELETE FROM protocols WHERE dataset = ?", [DEFILLAMA_DATASET]);
          await tx.run("DELETE FROM protocol_snapshots WHERE dataset = ? AND day = ?::DATE", [
            DEFILLAMA_DATASET,
            ctx.until
          ]);
          await appendProtocols(
            tx,
            DEFILLAMA_DATASET,
            response.data.map((p) => ({
              slug: p.slug,
              name: p.name,
              category: p.category ?? null,
              parent: p.parentProtocol ?? null,
              url: p.url ?? null
            }))
          );
          await appendProtocolSnapshots(
            tx,
            DEFILLAMA_DATASET,
            ctx.until,
            response.data.map((p) => ({
              slug: p.slug,
              name: p.name,
              category: p.category ?? null,
              tvlUsd: p.tvl ?? null,
              chains: p.chains.map((c) => normaliseChain(c)),
              oracles: p.oracles ?? []
            }))
          );
        }
      });
      return { ...UNCHANGED, status: "written", bytes: response.bytes };
    }
  };
}
export {
  protocolsUnit
};
