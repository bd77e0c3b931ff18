import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COMPRESS_MIN_BYTES, type Coding, encode, negotiate } from './encoding.ts';

/** One cached GET response: its JSON body, its ETag, the codings made so far, and their bytes. */
type Entry = { generation: number; etag: string; type: string; bodies: Map<Coding, Buffer>; bytes: number };

/** How many GET responses are kept at most (least recently used first out). */
export const CACHE_ENTRIES = 2000;
/** How many bytes of response bodies (every coding kept) the cache holds at most, by default. */
export const CACHE_BYTES = 64 * 2 ** 20;

/** What the response cache holds now, and how much it let go of. */
export type ResponseCacheStats = { entries: number; bytes: number; maxBytes: number; evicted: number };
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
 * `If-None-Match` with 304, and are compressed once per coding. The cache is bounded by the bytes it
 * holds (`maxBytes`, every coding counted) and by entries, least recently used first out, so many
 * distinct URLs cannot grow memory without bound. Other responses, and a route's own `no-store`, are
 * compressed when large and never stored. Returns what the cache holds.
 */
export function installResponseCache(
  server: FastifyInstance,
  generation: () => number,
  { maxBytes = CACHE_BYTES }: { maxBytes?: number } = {},
): () => ResponseCacheStats {
  const cache = new Map<string, Entry>();
  let bytes = 0;
  let evicted = 0;
  const drop = (key: string, entry: Entry) => {
    cache.delete(key);
    bytes -= entry.bytes;
  };
  const trim = () => {
    while (cache.size > 0 && (bytes > maxBytes || cache.size > CACHE_ENTRIES)) {
      const [key, oldest] = cache.entries().next().value as [string, Entry];
      drop(key, oldest);
      evicted += 1;
    }
  };

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
      if (cache.get(request.url) === entry) {
        entry.bytes += body.length;
        bytes += body.length;
        trim();
      }
    }
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return body;
  };

  server.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const entry = cache.get(request.url);
    if (!entry) return;
    if (entry.generation !== generation()) return void drop(request.url, entry);
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
      reply.getHeader('cache-control') !== 'no-store' &&
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
      bytes: body.length + request.url.length,
    };
    const previous = cache.get(request.url);
    if (previous) drop(request.url, previous);
    cache.set(request.url, entry);
    bytes += entry.bytes;
    trim();
    return send(request, reply, entry);
  });

  return () => ({ entries: cache.size, bytes, maxBytes, evicted });
}
