import type { FastifyInstance } from 'fastify';

/** The policy of every API document and problem: data, never a page; nothing may load or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Every response says `X-Content-Type-Options: nosniff` (a browser never reads JSON as a script or a
 * page), and every JSON document and problem under `/api/` carries `API_CSP` unless its route set its
 * own policy (the docs page, the dashboard).
 */
export function installSecurityHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    const type = String(reply.getHeader('content-type') ?? '');
    if (
      request.url.startsWith('/api/') &&
      type.includes('json') &&
      !reply.getHeader('content-security-policy')
    )
      reply.header('content-security-policy', API_CSP);
    return payload;
  });
}
