// src/api/lendingRoutes.ts
import { z } from "zod";
import { aaveTopBorrowersBook } from "../analytics/aaveTopBorrowersBook.js";
import { lendingValueAtRisk } from "../analytics/lendingValueAtRisk.js";
import { positionSummary } from "../risk/lending/positionSummary.js";
import { stressBook } from "../risk/lending/stressBook.js";
import { AAVE_V3_ETHEREUM } from "../sources/files/aaveV3Borrowers.js";
import { parseLendingPosition, parseLendingPositions } from "../sources/files/readLendingPositions.js";
import { parseLendingScenario } from "../sources/files/readLendingScenario.js";
import { computeConfig } from "./computeConfig.js";
import { ApiProblem } from "./problem.js";
import { JsonObject } from "./schemas.js";
var MAX_VAR_PATHS = 2e4;
var Version = z.enum(["3.0", "3.3"]).default("3.3").describe("Aave's liquidation rules");
var Positions = z.union([z.array(z.unknown()).min(1).max(5e4), JsonObject]).optional().describe('a positions book (README, "Lending positions"); default: the stored Aave v3 top-1,000');
var AssetMoves = (min, max) => z.record(z.string().min(1), z.number().min(min).max(max));
function lendingRoutes(server, ctx) {
  const api = server.withTypeProvider();
  const bookOf = async (positions) => positions === void 0 ? ctx.app.cached(
    "lending-book",
    async () => aaveTopBorrowersBook(await ctx.app.store(), AAVE_V3_ETHEREUM)
  ) : parseLendingPositions(positions, "request body positions");
  api.post(
    "/api/v1/lending/position",
    {
      config: computeConfig(ctx),
      schema: {
        tags: ["lending", "compute"],
        summary: "One account: health factor, close factor, the liquidation and the health factor after",
        body: z.strictObject({ position: JsonObject, version: Version })
      }
    },
    async ({ body }) => positionSummary(parseLendingPosition(body.position, "request body position"), body.version)
  );
  api.post(
    "/api/v1/lending/stress",
    {
      config: computeConfig(ctx),
      schema: {
        tags: ["lending", "compute"],
        summary: "A shock or scenario on a book: liquidation rounds, insolvency, bad debt, blocked debt",
        body: z.strictObject({
          positions: Positions,
          shocks: AssetMoves(-1, 10).default({}).describe('price moves, e.g. {"WETH": -0.4}'),
          depegs: AssetMoves(0, 1).default({}).describe('depegs, e.g. {"weETH": 0.05}'),
          scenario: JsonObject.optional().describe(
            'a scenario (README, "Lending scenarios") instead of shocks'
          ),
          version: Version
        })
      }
    },
    async ({ body }) => {
      const moves = Object.keys(body.shocks).length + Object.keys(body.depegs).length;
      if (body.scenario === void 0 === (moves === 0))
        throw new ApiProblem(
          "invalid-request",
          "give a scenario, or shocks and depegs, not both and not neither"
        );
      const input = body.scenario ? parseLendingScenario(body.scenario, "request body scenario") : { shocks: body.shocks, depegs: body.depegs };
      return stressBook(await bookOf(body.positions), input, body.version);
    }
  );
  api.post(
    "/api/v1/lending/var",
    {
      config: computeConfig(ctx),
      schema: {
        tags: ["lending", "compute"],
        summary: "Gauntlet's one-day VaR 95% (insolvency) and LaR 95% (liquidated collateral), USD",
        body: z.strictObject({
          positions: Positions,
          paths: z.number().int().min(100).max(MAX_VAR_PATHS).default(1e4),
          seed: z.number().int().min(0).default(1),
          vol: AssetMoves(0, 1).default({}).describe('daily volatility overrides, e.g. {"LINK": 0.05}'),
          version: Version
        })
      }
    },
    async ({ body }) => lendingValueAtRisk(
      await ctx.app.store(),
      await bookOf(body.positions),
      { paths: body.paths, seed: body.seed, version: body.version, workers: 1 },
      body.vol
    )
  );
  api.get(
    "/api/v1/lending/curve",
    {
      schema: {
        tags: ["lending"],
        summary: "Liquidated collateral and bad debt (USD) on the stored book as one asset falls, step by step",
        querystring: z.strictObject({
          asset: z.string().min(1).max(50).default("WETH"),
          to: z.coerce.number().min(-0.95).max(-0.01).default(-0.6).describe("the deepest move"),
          steps: z.coerce.number().int().min(2).max(40).default(12),
          version: Version
        })
      }
    },
    async ({ query: q }) => {
      const book = await ctx.app.cached(
        "lending-book",
        async () => aaveTopBorrowersBook(await ctx.app.store(), AAVE_V3_ETHEREUM)
      );
      const points = Array.from({ length: q.steps + 1 }, (_, i) => q.to * i / q.steps).map((move) => {
        const r = stressBook(book, { shocks: { [q.asset]: move }, depegs: {} }, q.version);
        return {
          move,
          liquidatableDebtUsd: r.liquidatableDebtUsd,
          liquidatedCollateralUsd: r.liquidatedCollateralUsd,
          insolvencyUsd: r.insolvencyUsd,
          badDebtUsd: r.badDebtUsd
        };
      });
      return {
        schema: "faultline.lending-curve/v1",
        asset: q.asset,
        version: q.version,
        accounts: book.accounts.length,
        points,
        assumptions: book.assumptions
      };
    }
  );
}
export {
  MAX_VAR_PATHS,
  lendingRoutes
};
