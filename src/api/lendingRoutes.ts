import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { aaveTopBorrowersBook } from '../analytics/aaveTopBorrowersBook.ts';
import { lendingValueAtRisk } from '../analytics/lendingValueAtRisk.ts';
import type { PositionBook } from '../model/lending.ts';
import { positionSummary } from '../risk/lending/positionSummary.ts';
import { stressBook } from '../risk/lending/stressBook.ts';
import { AAVE_V3_ETHEREUM } from '../sources/files/aaveV3Borrowers.ts';
import { parseLendingPosition, parseLendingPositions } from '../sources/files/readLendingPositions.ts';
import { parseLendingScenario } from '../sources/files/readLendingScenario.ts';
import { computeConfig } from './computeConfig.ts';
import { ApiProblem } from './problem.ts';
import { JsonObject } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** The most Monte Carlo paths one request may ask for. */
export const MAX_VAR_PATHS = 20_000;

const Version = z.enum(['3.0', '3.3']).default('3.3').describe("Aave's liquidation rules");
const Positions = z
  .union([z.array(z.unknown()).min(1).max(50_000), JsonObject])
  .optional()
  .describe('a positions book (README, "Lending positions"); default: the stored Aave v3 top-1,000');
const AssetMoves = (min: number, max: number) => z.record(z.string().min(1), z.number().min(min).max(max));

/**
 * Lending risk under Aave v3's exact rules, on a book a user sends or the stored top-1,000: one
 * position, a shock or scenario with its cascade, VaR / LaR, and a liquidation / bad-debt curve.
 */
export function lendingRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const bookOf = async (positions: unknown): Promise<PositionBook> =>
    positions === undefined
      ? ctx.app.cached('lending-book', async () =>
          aaveTopBorrowersBook(await ctx.app.store(), AAVE_V3_ETHEREUM),
        )
      : parseLendingPositions(positions, 'request body positions');

  api.post(
    '/api/v1/lending/position',
    {
      config: computeConfig(ctx),
      schema: {
        tags: ['lending', 'compute'],
        summary: 'One account: health factor, close factor, the liquidation and the health factor after',
        body: z.strictObject({ position: JsonObject, version: Version }),
      },
    },
    async ({ body }) =>
      positionSummary(parseLendingPosition(body.position, 'request body position'), body.version),
  );
  api.post(
    '/api/v1/lending/stress',
    {
      config: computeConfig(ctx),
      schema: {
        tags: ['lending', 'compute'],
        summary: 'A shock or scenario on a book: liquidation rounds, insolvency, bad debt, blocked debt',
        body: z.strictObject({
          positions: Positions,
          shocks: AssetMoves(-1, 10).default({}).describe('price moves, e.g. {"WETH": -0.4}'),
          depegs: AssetMoves(0, 1).default({}).describe('depegs, e.g. {"weETH": 0.05}'),
          scenario: JsonObject.optional().describe(
            'a scenario (README, "Lending scenarios") instead of shocks',
          ),
          version: Version,
        }),
      },
    },
    async ({ body }) => {
      const moves = Object.keys(body.shocks).length + Object.keys(body.depegs).length;
      if ((body.scenario === undefined) === (moves === 0))
        throw new ApiProblem(
          'invalid-request',
          'give a scenario, or shocks and depegs, not both and not neither',
        );
      const input = body.scenario
        ? parseLendingScenario(body.scenario, 'request body scenario')
        : { shocks: body.shocks, depegs: body.depegs };
      return stressBook(await bookOf(body.positions), input, body.version);
    },
  );
  api.post(
    '/api/v1/lending/var',
    {
      config: computeConfig(ctx),
      schema: {
        tags: ['lending', 'compute'],
        summary: "Gauntlet's one-day VaR 95% (insolvency) and LaR 95% (liquidated collateral), USD",
        body: z.strictObject({
          positions: Positions,
          paths: z.number().int().min(100).max(MAX_VAR_PATHS).default(10_000),
          seed: z.number().int().min(0).default(1),
          vol: AssetMoves(0, 1).default({}).describe('daily volatility overrides, e.g. {"LINK": 0.05}'),
          version: Version,
        }),
      },
    },
    async ({ body }) =>
      lendingValueAtRisk(
        await ctx.app.store(),
        await bookOf(body.positions),
        { paths: body.paths, seed: body.seed, version: body.version, workers: 1 },
        body.vol,
      ),
  );
  api.get(
    '/api/v1/lending/curve',
    {
      schema: {
        tags: ['lending'],
        summary:
          'Liquidated collateral and bad debt (USD) on the stored book as one asset falls, step by step',
        querystring: z.strictObject({
          asset: z.string().min(1).max(50).default('WETH'),
          to: z.coerce.number().min(-0.95).max(-0.01).default(-0.6).describe('the deepest move'),
          steps: z.coerce.number().int().min(2).max(40).default(12),
          version: Version,
        }),
      },
    },
    async ({ query: q }) => {
      const book = await ctx.app.cached('lending-book', async () =>
        aaveTopBorrowersBook(await ctx.app.store(), AAVE_V3_ETHEREUM),
      );
      const points = Array.from({ length: q.steps + 1 }, (_, i) => (q.to * i) / q.steps).map((move) => {
        const r = stressBook(book, { shocks: { [q.asset]: move }, depegs: {} }, q.version);
        return {
          move,
          liquidatableDebtUsd: r.liquidatableDebtUsd,
          liquidatedCollateralUsd: r.liquidatedCollateralUsd,
          insolvencyUsd: r.insolvencyUsd,
          badDebtUsd: r.badDebtUsd,
        };
      });
      return {
        schema: 'faultline.lending-curve/v1',
        asset: q.asset,
        version: q.version,
        accounts: book.accounts.length,
        points,
        assumptions: book.assumptions,
      };
    },
  );
}
