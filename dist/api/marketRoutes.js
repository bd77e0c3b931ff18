// src/api/marketRoutes.ts
import { z } from "zod";
import { ChainHighsParameters, ChainHighsResult, chainHighs } from "../app/chainHighs.js";
import { ConcentrationParameters, ConcentrationResult, concentration } from "../app/concentration.js";
import { DrawdownsParameters, DrawdownsResult, drawdowns } from "../app/drawdowns.js";
import { LayersParameters, LayersResult, layers } from "../app/layers.js";
import { questionRoute } from "./questionRoute.js";
function marketRoutes(server, ctx) {
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/layers",
    tags: ["markets"],
    summary: "Ethereum L1 and each L2 by month with the L2 share, or Bitcoin-side value in BTC",
    parameters: LayersParameters,
    result: LayersResult,
    run: layers
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/drawdowns",
    tags: ["markets"],
    summary: "Protocols by fall from peak, in USD and ETH/BTC, with inflows vs price effect (paginated)",
    parameters: DrawdownsParameters,
    result: DrawdownsResult,
    run: drawdowns
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/chains/:chain/highs",
    tags: ["chains"],
    summary: "The days a chain's TVL set an N-day high",
    params: z.strictObject({ chain: z.string().min(1).max(200) }),
    parameters: ChainHighsParameters.omit({ chain: true }),
    result: ChainHighsResult,
    run: (app, query, params) => chainHighs(app, { ...query, chain: params.chain })
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/concentration",
    tags: ["markets"],
    summary: "Shares, HHI with its band, top-3 share, Nakamoto coefficients at 1/2 and 1/3",
    parameters: ConcentrationParameters,
    result: ConcentrationResult,
    run: concentration
  });
}
export {
  marketRoutes
};
