import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A JSON-RPC proxy on 127.0.0.1 in front of a node, that can be told to fail a method (HTTP 500). */
export type RpcFaultProxy = {
  url: string;
  /** Every request to `method` after the first `after` answers HTTP 500, until `heal()`. */
  failAfter(method: string, after: number): void;
  heal(): void;
  /** Requests seen per method. */
  seen: Record<string, number>;
  close(): Promise<void>;
};

/** Starts a proxy that forwards each JSON-RPC request body to `target` and relays the answer. */
export async function startRpcFaultProxy(target: string): Promise<RpcFaultProxy> {
  let rule: { method: string; after: number } | null = null;
  const seen: Record<string, number> = {};
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      const method = (JSON.parse(body) as { method: string }).method;
      seen[method] = (seen[method] ?? 0) + 1;
      if (rule && rule.method === method && (seen[method] ?? 0) > rule.after) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('upstream connect error');
        return;
      }
      const answer = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failAfter(method, after) {
      rule = { method, after };
      seen[method] = 0;
    },
    heal() {
      rule = null;
    },
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
