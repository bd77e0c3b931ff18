// src/sources/http/readCapped.ts
import { SourceError } from "../../core/errors.js";
async function readCapped(response, maxBytes, url) {
  const tooLarge = (bytes) => new SourceError(`response too large: ${bytes}, over the ${mib(maxBytes)} cap`, {
    source: url,
    retryable: false
  });
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(mib(declared));
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${mib(maxBytes)} received`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
function mib(bytes) {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
export {
  readCapped
};
