import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errorHandler.ts';

/** A route's URL pattern (`/api/v1/protocols/:id`, `/api/docs/*`) as a test of a concrete path. */
function pathTest(url: string): RegExp {
  const pattern = url
    .split(/(:[A-Za-z0-9_]+(?:\([^)]*\))?|\*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${pattern}$`);
}

/**
 * Unknown paths answer 404, and a known path asked with a method it does not take answers 405 with an
 * `Allow` header listing those it does (RFC 9110 §15.5.6), both as problem documents. Install before the
 * routes are registered: it learns them as they come.
 */
export function installMethodCheck(server: FastifyInstance): void {
  const routes: { methods: string[]; test: RegExp }[] = [];
  server.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    routes.push({ methods, test: pathTest(route.url) });
  });
  server.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] as string;
    const allowed = new Set(routes.filter((r) => r.test.test(path)).flatMap((r) => r.methods));
    if (allowed.size === 0) return sendProblem(reply, 'not-found', `no route ${request.method} ${path}`);
    const allow = [...allowed].sort().join(', ');
    reply.header('allow', allow);
    return sendProblem(reply, 'method-not-allowed', `${path} answers ${allow}, not ${request.method}`);
  });
}
