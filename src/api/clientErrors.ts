import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { type ProblemCode, problem } from './problem.ts';

/** The request target of a request that failed to parse, from its first line (path only), if readable. */
function targetOf(raw: unknown): string {
  if (!Buffer.isBuffer(raw)) return '';
  const line = raw.toString('latin1', 0, Math.min(raw.length, 2048)).split('\r\n')[0] ?? '';
  const target = line.split(' ')[1] ?? '';
  return /^\/[\x21-\x7e]*$/.test(target) ? target : '';
}

/**
 * Answers a request Node's parser refused before any route saw it, as a problem document: an unknown
 * method (`FOO /api/v1/l2`) 501 (RFC 9110 §15.6.2), a request too slow to arrive 408, headers over the
 * limit 431, anything else malformed 400. A reset connection gets nothing.
 */
export function clientErrorHandler(
  err: NodeJS.ErrnoException & { rawPacket?: unknown },
  socket: Socket,
): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail]: [ProblemCode, string] =
    err.code === 'HPE_INVALID_METHOD'
      ? [
          'not-implemented',
          'the request method is not an HTTP method this server knows (routes take GET, HEAD or POST)',
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['request-timeout', 'the request did not arrive in time']
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? ['headers-too-large', 'the request headers are larger than the limit']
          : ['invalid-request', `the request is not well-formed HTTP (${err.code ?? 'parse error'})`];
  const body = JSON.stringify(problem(code, detail, targetOf(err.rawPacket)));
  const status = problem(code, '', '').status;
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}
