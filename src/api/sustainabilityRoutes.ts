import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runBacktest } from '../analytics/runBacktest.ts';
import { chainScoreAt, protocolScoreAt } from '../analytics/sustainabilityData.ts';
import { latestDataDay, watchlist } from '../analytics/watchlist.ts';
import { addDays, type Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import { DEFAULT_WEIGHTS, WATCH_THRESHOLD } from '../risk/sustainability/factors.ts';
import { ApiProblem } from './problem.ts';
import { DayParam } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** Sustainability: a protocol's or chain's score (as `faultline score`), the watchlist, the backtest. */
export function sustainabilityRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const dayOf = async (asOf: Day | undefined): Promise<Day> => {
    const day = asOf ?? latestDataDay(await ctx.app.sustainability());
    if (!day) throw new ApiProblem('not-found', 'the store has no protocol history to score');
    return day;
  };
  api.get(
    '/api/v1/score',
    {
      schema: {
        tags: ['sustainability'],
        summary:
          'Sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers',
        querystring: z.strictObject({
          protocol: z.string().min(1).max(200).optional(),
          chain: z.string().min(1).max(200).optional(),
          asOf: DayParam.optional().describe(
            'use only data up to this UTC day (default: the end of the daily history)',
          ),
        }),
      },
    },
    async ({ query: q }) => {
      if ((q.protocol === undefined) === (q.chain === undefined))
        throw new ApiProblem('invalid-request', 'give protocol or chain (one of them)');
      const data = await ctx.app.sustainability();
      const asOf = await dayOf(q.asOf);
      if (q.chain !== undefined)
        return {
          schema: 'faultline.score/v1',
          watchThreshold: WATCH_THRESHOLD,
          ...(await chainScoreAt(data, q.chain, asOf)),
        };
      let id: string;
      try {
        id = data.tvl.index.resolve(q.protocol as string).id;
      } catch (err) {
        if (err instanceof ValidationError) throw new ApiProblem('not-found', err.shortMessage);
        throw err;
      }
      const score = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
      if (!score) throw new ApiProblem('not-found', `no daily history for ${id} up to ${asOf}`);
      return { schema: 'faultline.score/v1', id, watchThreshold: WATCH_THRESHOLD, ...score };
    },
  );
  api.get(
    '/api/v1/watchlist',
    {
      schema: {
        tags: ['sustainability'],
        summary: 'Every protocol scoring below the threshold, worst first, from data known on asOf',
        querystring: z.strictObject({
          asOf: DayParam.optional(),
          threshold: z.coerce.number().min(0).max(100).default(WATCH_THRESHOLD),
        }),
      },
    },
    async ({ query: q }) => {
      const asOf = await dayOf(q.asOf);
      return {
        schema: 'faultline.watchlist/v1',
        asOf,
        threshold: q.threshold,
        entries: watchlist(await ctx.app.sustainability(), asOf, DEFAULT_WEIGHTS, q.threshold),
      };
    },
  );
  api.get(
    '/api/v1/backtest',
    {
      schema: {
        tags: ['sustainability'],
        summary:
          'The score backtested monthly on history: weights chosen before split, judged after (as `faultline backtest`)',
        querystring: z.strictObject({
          from: DayParam.default('2021-01-01' as Day),
          split: DayParam.default('2024-01-01' as Day),
          to: DayParam.optional(),
        }),
      },
    },
    async ({ query: q }) => {
      const data = await ctx.app.sustainability();
      const to = await dayOf(q.to);
      if (!(q.from < q.split && q.split <= to))
        throw new ApiProblem('invalid-request', `need from ${q.from} < split ${q.split} ≤ to ${to}`);
      return {
        schema: 'faultline.backtest/v1',
        ...runBacktest(data, {
          train: { from: q.from, to: addDays(q.split, -1) },
          test: { from: q.split, to },
        }),
      };
    },
  );
}
