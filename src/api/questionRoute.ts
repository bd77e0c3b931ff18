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
  run(app: App, parameters: z.output<P>, params: Record<string, string>): Promise<z.output<R>>;
};

/**
 * Registers a question's route: the request is validated by the question's own parameter schema, the
 * use case answers, and the document is sent as the exact bytes `--format json` prints. POSTs are
 * computations and share the per-client rate limit. The OpenAPI document is generated from the same
 * schemas.
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
    ...(q.method === 'POST' ? { config: computeConfig(ctx) } : {}),
    schema,
    handler: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const input = (q.method === 'GET' ? request.query : request.body) as z.output<P>;
      const document = await q.run(ctx.app, input, (request.params ?? {}) as Record<string, string>);
      await reply.type('application/json; charset=utf-8').send(serializeDocument(document));
    },
  });
}
