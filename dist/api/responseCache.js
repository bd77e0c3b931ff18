// src/api/responseCache.ts
import { createHash } from "node:crypto";
import { COMPRESS_MIN_BYTES, encode, negotiate } from "./encoding.js";
var CACHE_ENTRIES = 500;
var MAX_AGE_SECONDS = 60;
function installResponseCache(server, generation) {
  const cache = /* @__PURE__ */ new Map();
  const send = (request, reply, entry) => {
    reply.header("etag", entry.etag);
    reply.header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`);
    reply.header("vary", "accept-encoding");
    reply.header("content-type", entry.type);
    if (request.headers["if-none-match"] === entry.etag) {
      reply.code(304);
      return "";
    }
    const identity = entry.bodies.get("identity");
    const coding = identity.length < COMPRESS_MIN_BYTES ? "identity" : negotiate(request.headers["accept-encoding"]);
    let body = entry.bodies.get(coding);
    if (!body) {
      body = encode(identity, coding);
      entry.bodies.set(coding, body);
    }
    if (coding !== "identity") reply.header("content-encoding", coding);
    return body;
  };
  server.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const entry = cache.get(request.url);
    if (!entry || entry.generation !== generation()) return;
    cache.delete(request.url);
    cache.set(request.url, entry);
    request.fromCache = true;
    return reply.send(send(request, reply, entry));
  });
  server.addHook("onSend", async (request, reply, payload) => {
    if (request.fromCache || reply.getHeader("content-encoding")) return payload;
    const type = String(reply.getHeader("content-type") ?? "");
    const json = type.includes("json");
    const cacheable = (request.method === "GET" || request.method === "HEAD") && reply.statusCode === 200 && json && request.url.startsWith("/api/v1/");
    if (!cacheable) {
      if (!reply.getHeader("cache-control") && request.url.startsWith("/api/"))
        reply.header("cache-control", "no-store");
      if (!json || typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
      const body2 = Buffer.from(payload);
      const coding = negotiate(request.headers["accept-encoding"]);
      if (body2.length < COMPRESS_MIN_BYTES || coding === "identity") return payload;
      reply.header("content-encoding", coding);
      reply.header("vary", "accept-encoding");
      return encode(body2, coding);
    }
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    const body = Buffer.from(payload);
    const entry = {
      generation: generation(),
      etag: `"${generation()}-${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`,
      type,
      bodies: /* @__PURE__ */ new Map([["identity", body]])
    };
    cache.set(request.url, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value);
    return send(request, reply, entry);
  });
}
export {
  CACHE_ENTRIES,
  MAX_AGE_SECONDS,
  installResponseCache
};
