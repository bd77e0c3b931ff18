import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 (a free port), with every request it received (method, path, body). */
export type LocalServer = {
  url: string;
  requests: { method: string; path: string; body: string }[];
  close(): Promise<void>;
};

/** Starts a server on 127.0.0.1 that answers with `handle` once each request's body has arrived. */
export async function startLocalServer(
  handle: (req: IncomingMessage, res: ServerResponse, index: number, body: string) => void,
): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      body += d;
    });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', body });
      handle(req, res, requests.length - 1, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
