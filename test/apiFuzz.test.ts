import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

let api: ApiServer;

type Malformed = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  why: string;
};

/** Sends a raw request (no client-side normalisation of odd paths) and returns the status. */
function send(m: Malformed): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(new URL(api.url).port),
        method: m.method,
        path: m.path,
        headers: m.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    if (m.body !== undefined) req.write(m.body);
    req.end();
  });
}

const POSTS = [
  '/api/v1/lending/position',
  '/api/v1/lending/stress',
  '/api/v1/lending/var',
  '/api/v1/restaking/check',
  '/api/v1/claims/check',
];
const json = { 'content-type': 'application/json' };
const segment = fc.stringMatching(/^[a-zA-Z0-9%._~-]{1,12}$/);
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer()),
  fc.object(),
);

/** Requests that are wrong in every way a client gets them wrong; none is a valid request. */
const malformed: fc.Arbitrary<Malformed> = fc.oneof(
  fc.tuple(fc.constantFrom(...POSTS), fc.string({ minLength: 1 })).map(([path, text]) => ({
    method: 'POST',
    path,
    headers: json,
    body: `{${text}`,
    why: 'bad JSON',
  })),
  fc.tuple(fc.constantFrom(...POSTS), junk).map(([path, value]) => ({
    method: 'POST',
    path,
    headers: json,
    body: JSON.stringify({
      position: value,
      network: value,
      claims: value,
      shocks: value,
      paths: value,
      version: 'x',
    }),
    why: 'wrong types',
  })),
  fc.tuple(fc.constantFrom(...POSTS), fc.integer({ min: 9, max: 12 })).map(([path, mib]) => ({
    method: 'POST',
    path,
    headers: json,
    body: Buffer.alloc(mib * 2 ** 20, 0x20),
    why: 'huge body',
  })),
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => ({
    method: 'GET',
    path: `/api/v1/zz-${parts.join('/')}`,
    headers: {},
    why: 'odd path',
  })),
  fc
    .tuple(
      fc.constantFrom('/api/v1/tvl', '/api/v1/drawdowns', '/api/v1/protocols', '/api/v1/lending/curve'),
      fc.constantFrom(
        'limit=-1',
        'limit=abc',
        'offset=-5',
        'denominate=yen',
        'asOf=2024-02-31',
        'from=yesterday',
        'to=1e9',
        'steps=999',
        'minPeak=-3',
        'chain=%E0%A4%A',
      ),
    )
    .map(([path, q]) => ({
      method: 'GET',
      path: `${path}?${q}`,
      headers: {},
      why: 'bad parameter',
    })),
  fc
    .constantFrom('PUT', 'DELETE', 'PATCH')
    .map((method) => ({ method, path: '/api/v1/tvl', headers: {}, why: 'wrong method' })),
  fc.constantFrom(...POSTS).map((path) => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/xml' },
    body: '<a/>',
    why: 'wrong media type',
  })),
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => ({
    method: 'GET',
    path: `/api/v1/protocols/${encodeURIComponent(s)}%ZZ`,
    headers: {},
    why: 'broken escape',
  })),
);

describe('API fuzz: 1,000 malformed requests', () => {
  before(async () => {
    api = await startApiServer({ computeRateLimit: 100_000 });
  });
  after(() => api.close());

  it('answers every one with a 4xx, never a 5xx, and stays up', async () => {
    const cases = fc.sample(malformed, { numRuns: 1000, seed: 20261121 });
    const wrong: string[] = [];
    for (const m of cases) {
      const status = await send(m);
      if (status < 400 || status >= 500) wrong.push(`${status} ${m.why}: ${m.method} ${m.path.slice(0, 80)}`);
    }
    assert.equal(cases.length, 1000);
    assert.deepEqual(wrong, []);
    const health = await fetch(`${api.url}/api/v1/health`);
    assert.equal(health.status, 200);
  });
});
