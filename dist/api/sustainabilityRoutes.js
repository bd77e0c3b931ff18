// src/api/sustainabilityRoutes.ts
import { BacktestParameters, BacktestResult, backtest } from "../app/backtest.js";
import { ScoreParameters, ScoreResult, score } from "../app/score.js";
import { WatchlistParameters, WatchlistResult, watchlist } from "../app/watchlist.js";
import { questionRoute } from "./questionRoute.js";
function sustainabilityRoutes(server, ctx) {
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/score",
    tags: ["sustainability"],
    summary: "Sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers",
    parameters: ScoreParameters,
    result: ScoreResult,
    run: score
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/watchlist",
    tags: ["sustainability"],
    summary: "Every protocol scoring below the threshold, worst first, from data known on asOf",
    parameters: WatchlistParameters,
    result: WatchlistResult,
    run: watchlist
  });
  questionRoute(server, ctx, {
    method: "GET",
    url: "/api/v1/backtest",
    tags: ["sustainability"],
    summary: "The score backtested monthly on history: weights chosen before split, judged after (as `faultline backtest`)",
    parameters: BacktestParameters,
    result: BacktestResult,
    run: (app, query) => backtest(app, query)
  });
}
export {
  sustainabilityRoutes
};
