import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { workerModule } from '../app/workers/runInWorker.ts';
import { createWorkerPool } from '../app/workers/workerPool.ts';
import { installBodyNumberCheck } from './bodyNumbers.ts';
import { clientErrorHandler } from './clientErrors.ts';
import { docsRoutes } from './docsRoutes.ts';
import { installErrorHandler, sendProblem } from './errorHandler.ts';
import { healthRoute } from './healthRoute.ts';
import { installHeavyRoutes } from './heavyRoutes.ts';
import { installMethodCheck } from './methodCheck.ts';
import type { QuestionAnswer, QuestionTask } from './questionWorker.ts';
import { installResponseCache } from './responseCache.ts';
import { API_ROUTES } from './routeTable.ts';
import { installSecurityHeaders } from './securityHeaders.ts';
import type { ServerContext } from './serverContext.ts';
import { webRoutes } from './webRoutes.ts';

/** The largest request body accepted (bytes): a 50,000-account positions book fits. */
export const BODY_LIMIT_BYTES = 8 * 2 ** 20;

export type ServerOptions = {
  context: ServerContext;
  /** The built dashboard folder. */
  webDir: string;
  /** Fastify's logger: false in tests, a level for `faultline serve`. */
  logger: false | { level: string };
};

/**
 * Builds the HTTP server: the API under `/api/v1`, its OpenAPI document and docs, and the dashboard.
 * Public endpoints only read; computations (POSTs, and GETs that compute at a new day) run on a pool of
 * threads with a bounded queue and a deadline, and are rate-limited per client across routes; responses
 * and the app's memo are bounded by bytes; the admin endpoint needs the bearer token.
 * @example const server = await createServer({ context, webDir: 'web/dist', logger: false }); await server.listen({ host: '127.0.0.1', port: 8080 })
 */
export async function createServer({ context, webDir, logger }: ServerOptions): Promise<FastifyInstance> {
  const server = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler,
    frameworkErrors: (err, request, reply) =>
      sendProblem(reply, 'invalid-request', `${err.message} (${request.method})`),
  });
  server.removeContentTypeParser('text/plain');
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  installErrorHandler(server);
  installMethodCheck(server);
  installSecurityHeaders(server);
  installBodyNumberCheck(server);
  const responses = installResponseCache(server, () => context.generation(), {
    maxBytes: context.limits.responseCacheBytes,
  });
  await server.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, c) => ({
      statusCode: 429,
      message: `at most ${c.max} computations per ${c.after} from one client, every computing route counted; retry after ${Math.ceil(c.ttl / 1000)} s`,
    }),
  });
  const pool = createWorkerPool<QuestionTask, QuestionAnswer>({
    module: workerModule(import.meta.url, './questionWorker'),
    size: context.limits.workers,
    queue: context.limits.queue,
    heapMib: context.limits.workerHeapMib,
  });
  server.addHook('onClose', () => pool.close());
  if (context.limits.warmWorkers && context.freshness() !== null)
    server.addHook('onReady', async () => pool.warm());
  installHeavyRoutes(server, context, pool);
  await docsRoutes(server);
  healthRoute(server, context, { responses, computations: () => pool.stats() });
  for (const routes of API_ROUTES) routes(server, context);
  await webRoutes(server, webDir);
  return server;
}
