import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COMPRESS_MIN_BYTES, type Coding, encode, negotiate } from './encoding.ts';

/** One cached GET response: its JSON body, its ETag, and the codings made so far. */
type Entry = { generation: number; etag: string; type: string; bodies: Map<Coding, Buffer> };

/** How many GET responses are kept (least recently used first out). */
export const CACHE_ENTRIES = 500;
/** How long clients and proxies may reuse a GET response before revalidating with its ETag (s). */
export const MAX_AGE_SECONDS = 60;

declare module 'fastify' {
  interface FastifyRequest {
    fromCache?: boolean;
  }
}

/**
 * Caches and compresses API responses. GET responses are cached per store generation (a new snapshot
 * empties the cache), carry a strong ETag and `Cache-Control: public, max-age=60`, answer
 * `If-None-Match` with 304, and are compressed once per coding. Other responses are compressed when
 * large and are never stored (`no-store`).
 */
export function installResponseCache(server: FastifyInstance, generation: () => number): void {
  const cache = new Map<string, Entry>();

  const send = (request: FastifyRequest, reply: FastifyReply, entry: Entry): Buffer | string => {
    reply.header('etag', entry.etag);
    reply.header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`);
    reply.header('vary', 'accept-encoding');
    reply.header('content-type', entry.type);
    if (request.headers['if-none-match'] === entry.etag) {
      reply.code(304);
      return '';
    }
    const identity = entry.bodies.get('identity') as Buffer;
    const coding =
      identity.length < COMPRESS_MIN_BYTES ? 'identity' : negotiate(request.headers['accept-encoding']);
    let body = entry.bodies.get(coding);
    if (!body) {
      body = encode(identity, coding);
      entry.bodies.set(coding, body);
    }
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return body;
  };

  server.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const entry = cache.get(request.url);
    if (!entry || entry.generation !== generation()) return;
    cache.delete(request.url);
    cache.set(request.url, entry);
    request.fromCache = true;
    return reply.send(send(request, reply, entry));
  });

  server.addHook('onSend', async (request, reply, payload) => {
    if (request.fromCache || reply.getHeader('content-encoding')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const json = type.includes('json');
    const cacheable =
      (request.method === 'GET' || request.method === 'HEAD') &&
      reply.statusCode === 200 &&
      json &&
      request.url.startsWith('/api/v1/');
    if (!cacheable) {
      if (!reply.getHeader('cache-control') && request.url.startsWith('/api/'))
        reply.header('cache-control', 'no-store');
      if (!json || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
      const body = Buffer.from(payload);
      const coding = negotiate(request.headers['accept-encoding']);
      if (body.length < COMPRESS_MIN_BYTES || coding === 'identity') return payload;
      reply.header('content-encoding', coding);
      reply.header('vary', 'accept-encoding');
      return encode(body, coding);
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = Buffer.from(payload);
    const entry: Entry = {
      generation: generation(),
      etag: `"${generation()}-${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
      type,
      bodies: new Map([['identity', body]]),
    };
    cache.set(request.url, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    return send(request, reply, entry);
  });
}
