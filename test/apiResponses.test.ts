import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

let api: ApiServer;

/** Sends raw bytes and returns the status line, headers (lower-cased) and body of the answer. */
function raw(text: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.on('data', (d) => {
      data += d;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('API responses: sniffing, policies, methods, and nothing echoed', () => {
  before(async () => {
    api = await startApiServer({ adminToken: 'responses-token' });
  });
  after(() => api.close());

  it('sends nosniff and a no-content policy with API JSON and problem documents', async () => {
    for (const path of ['/api/v1/l2', '/api/v1/protocols/no-such-protocol-xyz', '/api/openapi.json']) {
      const r = await fetch(`${api.url}${path}`);
      await r.arrayBuffer();
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
    }
    const cached = await fetch(`${api.url}/api/v1/l2`);
    await cached.arrayBuffer();
    assert.equal(cached.headers.get('x-content-type-options'), 'nosniff', 'a cached answer too');
  });

  it('serves the docs page under a policy that loads nothing from another host', async () => {
    const docs = await fetch(`${api.url}/api/docs/`);
    await docs.text();
    const csp = docs.headers.get('content-security-policy') ?? '';
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /https:|http:|validator\.swagger\.io/);
    assert.equal(docs.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers a known path asked with another method 405 with Allow, as a problem document', async () => {
    for (const [method, path, allow] of [
      ['DELETE', '/api/v1/l2', 'GET, HEAD'],
      ['PUT', '/api/v1/protocols/aave', 'GET, HEAD'],
      ['GET', '/api/v1/restaking/check', 'POST'],
    ] as const) {
      const r = await fetch(`${api.url}${path}`, { method });
      const body = await r.json();
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.get('allow'), allow);
      assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(body.code, 'method-not-allowed');
    }
    const unknown = await fetch(`${api.url}/api/v1/nothing-here`, { method: 'DELETE' });
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).code, 'not-found');
  });

  it('answers a method no server knows (FOO) with a problem document', async () => {
    const r = await raw('FOO /api/v1/l2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    assert.equal(r.status, 501);
    assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    const body = JSON.parse(r.body);
    assert.equal(body.code, 'not-implemented');
    assert.equal(body.instance, '/api/v1/l2');
    assert.equal((await fetch(`${api.url}/api/v1/health`)).status, 200, 'and the server goes on');
  });

  it('never echoes a token given in the query string (the 401 names the path only)', async () => {
    const r = await fetch(`${api.url}/api/v1/admin/ingest?token=s3cret-value&access_token=another`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"source":"files"}',
    });
    const text = await r.text();
    assert.equal(r.status, 401);
    assert.equal(JSON.parse(text).instance, '/api/v1/admin/ingest');
    assert.doesNotMatch(text, /s3cret-value|another/);
    const problem = await fetch(`${api.url}/api/v1/tvl?chain=nowhere&key=s3cret-value`);
    assert.doesNotMatch(await problem.text(), /s3cret-value/);
  });
});
