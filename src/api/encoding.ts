import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A content coding Faultline can send. */
export type Coding = 'br' | 'gzip' | 'identity';

/** Bodies below this size (bytes) are sent as they are: compressing them costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * The coding to answer with, from an Accept-Encoding header: brotli, then gzip, then none; a coding
 * with q=0 is refused.
 * @example negotiate('gzip, deflate, br;q=0') === 'gzip'
 */
export function negotiate(header: string | undefined): Coding {
  if (!header) return 'identity';
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/** The body in a coding (brotli at quality 5: most of the gain at a fraction of the time). */
export function encode(body: Buffer, coding: Coding): Buffer {
  if (coding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (coding === 'gzip') return gzipSync(body, { level: 6 });
  return body;
}
