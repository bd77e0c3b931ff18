import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldError, type ProblemCode, problem } from './problem.ts';
import { problemOf } from './problemOf.ts';

/** Sends a problem document with its status. */
export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const body = problem(code, detail, reply.request.url, errors);
  return reply
    .code(body.status)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * The one place API errors become responses (`problemOf` says which): request-shape errors 400, bad JSON
 * 400, oversized bodies 413, bad values in a well-formed input 422 (naming the field and the place), a
 * full computation pool 503 and a rate limit 429 (both with Retry-After), a deadline 504, a held store
 * 503, and anything unexpected 500 (logged, with no internals sent).
 */
export function installErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const found = problemOf(err);
    if (!found) {
      request.log.error({ err }, 'unexpected error');
      return sendProblem(reply, 'internal', 'unexpected error; see the server log');
    }
    if (found.retryAfterSeconds !== undefined) reply.header('retry-after', String(found.retryAfterSeconds));
    return sendProblem(reply, found.code, found.detail, found.errors);
  });
}
