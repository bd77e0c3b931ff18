// src/api/encoding.ts
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
var COMPRESS_MIN_BYTES = 1024;
function negotiate(header) {
  if (!header) return "identity";
  const accepted = /* @__PURE__ */ new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && (q === void 0 || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}
function encode(body, coding) {
  if (coding === "br") return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (coding === "gzip") return gzipSync(body, { level: 6 });
  return body;
}
export {
  COMPRESS_MIN_BYTES,
  encode,
  negotiate
};
