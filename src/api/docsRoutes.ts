import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { PROBLEMS } from './problem.ts';

const PROBLEM_TABLE = Object.entries(PROBLEMS)
  .map(([code, p]) => `| \`${code}\` | ${p.status} | ${p.title} |`)
  .join('\n');

/** What the docs say of a route that computes (see `heavyRoutes.ts`). */
const COMPUTATION =
  '*A computation*: answered on a thread of the pool, counted in the per-client limit unless already cached.';

/**
 * The docs page's policy with every outside source taken out (Swagger UI's default allows styles and
 * fonts from any `https:` host and images from its validator): the page loads only from this server.
 */
export const selfOnly = (policy: string): string =>
  policy.replace(/\s+(?:https?:|validator\.swagger\.io)(?=[\s;])/g, '');

/**
 * OpenAPI 3 from the routes' zod schemas, at `/api/openapi.json`, and Swagger UI at `/api/docs` with
 * its assets served from this server (no CDN) under a policy that loads nothing from elsewhere
 * (`selfOnly`). Register before the routes so they are all collected.
 */
export async function docsRoutes(server: FastifyInstance): Promise<void> {
  await server.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Faultline API',
        version: '1',
        description: [
          'Where value sits across DeFi, how concentrated and fragile it is, and what breaks first.',
          'Series are compact `[[day, value], ...]`; days are UTC; lists take `limit` and `offset`.',
          'GET responses carry an ETag and `Cache-Control: public, max-age=60` and are compressed (br, gzip).',
          'Computations (every POST, and each GET marked *A computation* below) run on a pool of threads off the event loop:',
          'each client may ask `serve --rate-limit` of them per minute across all these routes (429, with Retry-After); a full',
          'pool answers 503 `busy` with Retry-After at once; a computation running past `serve --deadline` is stopped (504);',
          'one whose client goes away is stopped. A number in a request body past ±1e15 is refused (422, naming the field).',
          '`GET /api/v1/health` says how old the served data is, and answers 503 `degraded` while refreshing it keeps failing.',
          'Errors are `application/problem+json` (RFC 9457) with a stable `code`:',
          '',
          '| code | status | meaning |',
          '|---|---|---|',
          PROBLEM_TABLE,
        ].join('\n'),
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      if (!(input.route.config as { heavy?: boolean } | undefined)?.heavy) return out;
      const schema = out.schema as { description?: string };
      return {
        ...out,
        schema: { ...out.schema, description: [schema.description, COMPUTATION].filter(Boolean).join(' ') },
      };
    },
  });
  await server.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: selfOnly,
  });
  server.get('/api/openapi.json', { schema: { hide: true } }, async () => server.swagger());
}
