// src/api/tvlRoutes.ts
import { TvlExplainParameters, TvlExplainResult, tvlExplain } from "../app/tvlExplain.js";
import { TvlParameters, TvlResult, tvlSeries } from "../app/tvlSeries.js";
import { questionRoute } from "./questionRoute.js";
function tvlRoutes(server, ctx) {
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/tvl",
    tags: ["tvl"],
    summary: "Daily TVL series under DefiLlama's rules with its headline figure (faultline.tvl/v1)",
    parameters: TvlParameters,
    result: TvlResult,
    run: tvlSeries
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/tvl/explain",
    tags: ["tvl"],
    summary: "One day of a TVL series broken down into protocols, chains and sections (faultline.tvl-explain/v1)",
    parameters: TvlExplainParameters,
    result: TvlExplainResult,
    run: tvlExplain
  });
}
export {
  tvlRoutes
};
