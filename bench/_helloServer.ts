// The baseline for bench/api.bench.ts, in its own process like the API: a hello-world fastify route,
// and the same route answering a body of a given size (to compare like with like on larger bodies).
import Fastify from 'fastify';

const server = Fastify({ logger: false });
const bodies = new Map<number, Buffer>();
server.get('/', async () => ({ hello: 'world' }));
server.get<{ Params: { bytes: string } }>('/bytes/:bytes', async (request, reply) => {
  const n = Number(request.params.bytes);
  let body = bodies.get(n);
  if (!body) {
    body = Buffer.alloc(n, 0x20);
    bodies.set(n, body);
  }
  return reply.type('application/json').send(body);
});
await server.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${(server.server.address() as { port: number }).port}\n`);
