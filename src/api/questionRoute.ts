import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { z } from 'zod';
import type { App } from '../app/createApp.ts';
import { serializeDocument } from '../app/serializeDocument.ts';
import { computeConfig } from './computeConfig.ts';
import type { ServerContext } from './serverContext.ts';

/** One question served over HTTP: its URL, its parameters (query or body) and its result document. */
export type QuestionRoute<P extends z.ZodType, R extends z.ZodType> = {
  method: 'GET' | 'POST';
  url: string;
  tags: string[];
  summary: string;
  description?: string;
  /** The question's parameter schema: the query string of a GET, the body of a POST. */
  parameters: P;
  /** Path parameters, when the URL has some. */
  params?: z.ZodType;
  result: R;
  /**
   * A computation (default: true for a POST): answered on a thread of the server's pool with its
   * deadline and cancellation, and counted in the per-client computation limit (see `heavyRoutes.ts`).
   */
  heavy?: boolean;
  run(app: App, parameters: z.output<P>, params: Record<string, string>): Promise<z.output<R>>;
};

/** Any question route (what a computation thread looks up by its URL). */
export type AnyQuestionRoute = QuestionRoute<z.ZodType, z.ZodType>;

/**
 * Registers a question's route: the request is validated by the question's own parameter schema, the
 * use case answers over the snapshot the request pins, and the document is sent as the exact bytes
 * `--format json` prints. Heavy questions (POSTs, and GETs that say `heavy: true`) are computations: a
 * thread answers them, and they share the per-client computation limit. The OpenAPI document is
 * generated from the same schemas.
 */
export function questionRoute<P extends z.ZodType, R extends z.ZodType>(
  server: FastifyInstance,
  ctx: ServerContext,
  q: QuestionRoute<P, R>,
): void {
  const schema: FastifySchema = {
    tags: q.tags,
    summary: q.summary,
    ...(q.description ? { description: q.description } : {}),
    ...(q.params ? { params: q.params } : {}),
    ...(q.method === 'GET' ? { querystring: q.parameters } : { body: q.parameters }),
    response: { 200: q.result },
  };
  server.route({
    method: q.method,
    url: q.url,
    config: {
      ...((q.heavy ?? q.method === 'POST') ? computeConfig(ctx) : {}),
      question: q as unknown as AnyQuestionRoute,
    },
    schema,
    handler: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const input = (q.method === 'GET' ? request.query : request.body) as z.output<P>;
      const lease = ctx.lease();
      try {
        const document = await q.run(lease.app, input, (request.params ?? {}) as Record<string, string>);
        await reply.type('application/json; charset=utf-8').send(serializeDocument(document));
      } finally {
        lease.release();
      }
    },
  });
}
