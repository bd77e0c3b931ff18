import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { adminRoutes } from './adminRoutes.ts';
import { claimsRoutes } from './claimsRoutes.ts';
import { daRoutes } from './daRoutes.ts';
import { docsRoutes } from './docsRoutes.ts';
import { installErrorHandler, sendProblem } from './errorHandler.ts';
import { lendingRoutes } from './lendingRoutes.ts';
import { marketRoutes } from './marketRoutes.ts';
import { protocolRoutes } from './protocolRoutes.ts';
import { qualityRoutes } from './qualityRoutes.ts';
import { reportRoutes } from './reportRoutes.ts';
import { installResponseCache } from './responseCache.ts';
import { restakingRoutes } from './restakingRoutes.ts';
import { NoQuery } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';
import { sustainabilityRoutes } from './sustainabilityRoutes.ts';
import { systemRoutes } from './systemRoutes.ts';
import { tvlRoutes } from './tvlRoutes.ts';
import { webRoutes } from './webRoutes.ts';
import { yieldRoutes } from './yieldRoutes.ts';

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
 * Public endpoints only read; POST computations are rate-limited per client; the admin endpoint needs
 * the bearer token.
 * @example const server = await createServer({ context, webDir: 'web/dist', logger: false }); await server.listen({ host: '127.0.0.1', port: 8080 })
 */
export async function createServer({ context, webDir, logger }: ServerOptions): Promise<FastifyInstance> {
  const server = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (err, request, reply) =>
      sendProblem(reply, 'invalid-request', `${err.message} (${request.method})`),
  });
  server.removeContentTypeParser('text/plain');
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  installErrorHandler(server);
  installResponseCache(server, () => context.generation());
  await server.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, c) => ({
      statusCode: 429,
      message: `at most ${c.max} computations per ${c.after}; retry after ${c.ttl} ms`,
    }),
  });
  await docsRoutes(server);
  server.get(
    '/api/v1/health',
    { schema: { tags: ['meta'], summary: 'Liveness and the snapshot generation', querystring: NoQuery } },
    async () => ({
      status: 'ok',
      generation: context.generation(),
    }),
  );
  for (const routes of [
    tvlRoutes,
    protocolRoutes,
    marketRoutes,
    systemRoutes,
    qualityRoutes,
    reportRoutes,
    claimsRoutes,
    restakingRoutes,
    daRoutes,
    lendingRoutes,
    sustainabilityRoutes,
    yieldRoutes,
    adminRoutes,
  ])
    routes(server, context);
  await webRoutes(server, webDir);
  return server;
}
