// src/ingest/contentSha.ts
import { createHash } from "node:crypto";
function contentSha256(rows) {
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}
export {
  contentSha256
};
