// src/api/systemRoutes.ts
import { z } from "zod";
import { findSystem, systemSummary, systemsExposure } from "../analytics/l2Systems.js";
import { ApiProblem } from "./problem.js";
import { NoQuery } from "./schemas.js";
function systemRoutes(server, ctx) {
  const api = server.withTypeProvider();
  api.get(
    "/api/v1/l2",
    {
      schema: {
        tags: ["l2"],
        summary: "Every Ethereum L2 of the registry: stage, rosette, exit window, who can steal/freeze/censor, value",
        querystring: NoQuery
      }
    },
    async () => {
      const { systems } = await ctx.app.systems();
      return {
        schema: "faultline.l2/v1",
        systems: systems.filter((s) => s.kind === "ethereum-l2").map(systemSummary)
      };
    }
  );
  api.get(
    "/api/v1/btc-layers",
    {
      schema: {
        tags: ["l2"],
        summary: "Bitcoin layers: bitcoinlayers.org's tiers, Faultline's thresholds, BTC value",
        querystring: NoQuery
      }
    },
    async () => {
      const { systems, btcPrice } = await ctx.app.systems();
      const layers = systems.filter((s) => s.kind === "bitcoin-layer" || s.bitcoinlayers !== null).map(systemSummary);
      return { schema: "faultline.btc-layers/v1", btcPrice, layers };
    }
  );
  api.get(
    "/api/v1/l2/exposure",
    {
      schema: {
        tags: ["l2"],
        summary: "Value-weighted exposure: value behind each weakness, value each DA layer secures",
        querystring: NoQuery
      }
    },
    async () => {
      const { systems, btcPrice } = await ctx.app.systems();
      const values = systems.map((v) => ({ id: v.id, ...v.value, note: v.valueNote }));
      return { schema: "faultline.l2-exposure/v1", ...systemsExposure(systems), btcPrice, values };
    }
  );
  api.get(
    "/api/v1/systems/:id",
    {
      schema: {
        tags: ["l2"],
        summary: "One L2 or Bitcoin layer in full (by id, chain or name), with its registry facts",
        params: z.strictObject({ id: z.string().min(1).max(200) }),
        querystring: NoQuery
      }
    },
    async ({ params }) => {
      const { systems } = await ctx.app.systems();
      const v = findSystem(systems, params.id);
      if (!v)
        throw new ApiProblem(
          "not-found",
          `no registry system "${params.id}"; known: ${systems.map((s) => s.id).join(", ")}`
        );
      return { schema: "faultline.system/v1", ...systemSummary(v), facts: v.facts };
    }
  );
}
export {
  systemRoutes
};
