// src/ingest/hashFile.ts
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
async function hashFile(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return { sha256: hash.digest("hex"), bytes: statSync(file).size };
}
export {
  hashFile
};
