import { createHash } from 'node:crypto';

/** SHA-256 of rows a replacing unit writes: equal hashes mean an unchanged answer, so nothing is written. */
export function contentSha256(rows: unknown): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}
