import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { App } from '../app/createApp.ts';
import { serializeDocument } from '../app/serializeDocument.ts';
import type { WorkerPool } from '../app/workers/workerPool.ts';
import { ApiProblem } from './problem.ts';
import type { AnyQuestionRoute } from './questionRoute.ts';
import type { QuestionAnswer, QuestionTask } from './questionWorker.ts';
import type { Routes } from './routeTable.ts';
import type { ServerContext } from './serverContext.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A computation: answered on a thread of the pool, counted in the per-client computation limit. */
    heavy?: boolean;
    /** The question a `questionRoute` answers (its thread looks it up). */
    question?: AnyQuestionRoute;
  }
}

/** What a heavy route's thread is given of the request. */
export type HeavyRequest = { query: unknown; body: unknown; params: Record<string, string> };
/** A heavy route's answer, as the JSON text the route sends. */
export type HeavyRun = (app: App, request: HeavyRequest) => Promise<string>;

/** The key of a route in both places: `GET /api/v1/score` (HEAD asks as GET). */
const keyOf = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

/**
 * Makes every route whose config says `heavy` a computation: counted in one rate limit per client (all
 * computing routes together, a cached answer not counted), refused with 503 before its body is read
 * when the pool is full, and answered on a thread of `pool` over the snapshot the request pins, with
 * the server's deadline, and stopped when the client goes away. Install before the routes are registered.
 */
export function installHeavyRoutes(
  server: FastifyInstance,
  ctx: ServerContext,
  pool: WorkerPool<QuestionTask, QuestionAnswer>,
): void {
  const limit = server.rateLimit({ max: ctx.limits.computeRateLimit, timeWindow: 60_000 });
  // A full pool refuses before the body is read and parsed: a flood costs the event loop next to nothing.
  const refuseWhenFull = async () => {
    const refused = pool.refusal();
    if (refused) throw refused;
  };
  server.addHook('onRoute', (route) => {
    if (!route.config?.heavy) return;
    route.onRequest = [...[route.onRequest ?? []].flat(), limit, refuseWhenFull];
    const original = route.handler as RouteHandlerMethod;
    route.handler = async function heavy(request: FastifyRequest, reply: FastifyReply) {
      const lease = ctx.lease();
      if (lease.file === null) {
        lease.release();
        return original.call(this, request, reply);
      }
      const controller = new AbortController();
      const gone = () => {
        if (!reply.raw.writableEnded) controller.abort();
      };
      reply.raw.once('close', gone);
      try {
        const answer = await pool.run(
          {
            route: keyOf(request.method, route.url),
            query: request.query,
            body: request.body,
            params: (request.params ?? {}) as Record<string, string>,
            snapshot: { file: lease.file, generation: lease.generation },
            config: ctx.config,
            memoBytes: ctx.limits.memoBytes,
          },
          { signal: controller.signal, deadlineMs: ctx.limits.deadlineMs },
        );
        if ('problem' in answer)
          throw new ApiProblem(answer.problem.code, answer.problem.detail, answer.problem.errors);
        return reply.type('application/json; charset=utf-8').send(answer.body);
      } finally {
        reply.raw.off('close', gone);
        lease.release();
      }
    };
  });
  ctx.onRetire((file) => pool.broadcast({ close: file }));
}

/**
 * The heavy routes' answers, found by registering every area on a collector instead of a server (in a
 * computation thread): a `questionRoute` answers with its use case's document, a plain route with what
 * its handler returns, as JSON. `ctx` is what the handlers read (the thread's app for the task).
 */
export function collectHeavyRoutes(areas: readonly Routes[], ctx: ServerContext): Map<string, HeavyRun> {
  const found = new Map<string, HeavyRun>();
  type Options = { config?: { heavy?: boolean; question?: AnyQuestionRoute } };
  const record = (method: string, url: string, options: Options | undefined, handler: unknown) => {
    const config = options?.config;
    if (!config?.heavy) return;
    const q = config.question;
    const run: HeavyRun = q
      ? async (app, r) => serializeDocument(await q.run(app, method === 'GET' ? r.query : r.body, r.params))
      : async (_app, r) => JSON.stringify(await (handler as (request: HeavyRequest) => Promise<unknown>)(r));
    found.set(keyOf(method, url), run);
  };
  const collector = {
    route: (o: Options & { method: string | string[]; url: string; handler: unknown }) => {
      for (const method of [o.method].flat()) record(method, o.url, o, o.handler);
    },
    get: (url: string, o: Options, handler: unknown) => record('GET', url, o, handler),
    post: (url: string, o: Options, handler: unknown) => record('POST', url, o, handler),
    withTypeProvider: () => collector,
  };
  for (const routes of areas) routes(collector as unknown as FastifyInstance, ctx);
  return found;
}
