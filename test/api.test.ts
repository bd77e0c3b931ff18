import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';
import { runCli } from './helpers/runCli.ts';

const TOKEN = 'test-admin-token';
let api: ApiServer;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}${path}`, { headers });
  return { response, body: await response.json() };
}
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: await response.json() };
}
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('HTTP API on 127.0.0.1 over a real store', () => {
  before(async () => {
    api = await startApiServer({ adminToken: TOKEN, computeRateLimit: 1000 });
  });
  after(() => api.close());

  // That a route and its command give the same document, byte for byte, is contract.test.ts's part.
  it('serves a TVL series compact, [[day, value], ...], one point a day of the range', async () => {
    const { response, body } = await get('/api/v1/tvl?chain=zksync%20era&from=2024-11-01&to=2024-11-30');
    assert.equal(response.status, 200);
    assert.equal(body.points.length, 30);
    assert.match(body.points[0][0], /^2024-11-01$/);
    assert.equal(typeof body.points[0][1], 'number');
  });

  it('finds protocols by name, paginates, and shows ZeroLend with its peak and its chains', async () => {
    const page = await get('/api/v1/protocols?q=lend&limit=2&offset=1');
    assert.equal(page.body.limit, 2);
    assert.equal(page.body.offset, 1);
    assert.equal(page.body.rows.length, 2);
    assert.ok(page.body.total > 3);
    const all = await get('/api/v1/protocols?q=lend&limit=500');
    assert.deepEqual(page.body.rows, all.body.rows.slice(1, 3));
    const zero = await get('/api/v1/protocols/zerolend');
    assert.equal(zero.body.name, 'ZeroLend');
    assert.equal(zero.body.drawdown.usd.peakDay, '2024-11-08');
    assert.ok(zero.body.chains.some((c: { chain: string }) => c.chain === 'linea'));
    const missing = await get('/api/v1/protocols/no-such-protocol-xyz');
    assert.equal(missing.response.status, 404);
    assert.equal(missing.body.code, 'not-found');
  });

  it('serves layers, drawdowns, highs, concentration, L2s, Bitcoin layers, exposure, quality and the report', async () => {
    const layers = await get('/api/v1/layers?parent=Ethereum&from=2024-01-01');
    assert.ok(layers.body.months.length > 6);
    const drawdowns = await get('/api/v1/drawdowns?limit=5');
    assert.equal(drawdowns.body.rows.length, 5);
    const highs = await get('/api/v1/chains/ethereum/highs?window=90');
    assert.equal(highs.body.windowDays, 90);
    const lending = await get('/api/v1/concentration?category=Lending');
    assert.equal(lending.body.markets[0].participants[0].name, 'Aave V3');
    const l2 = await get('/api/v1/l2');
    const arbitrum = l2.body.systems.find((s: { id: string }) => s.id === 'arbitrum');
    assert.equal(arbitrum.stage, 'Stage 1');
    assert.equal(arbitrum.exitWindow.value, '7d');
    const btc = await get('/api/v1/btc-layers');
    assert.ok(btc.body.layers.some((l: { id: string }) => l.id === 'stacks'));
    const exposure = await get('/api/v1/l2/exposure');
    assert.ok(exposure.body.totalUsd > 0);
    const quality = await get('/api/v1/quality?limit=3');
    assert.equal(quality.body.schema, 'faultline.quality/v2');
    assert.ok(quality.body.flags.length <= 3 && quality.body.total >= quality.body.flags.length);
    assert.equal(
      (await get('/api/v1/report?version=1')).body.schema,
      'faultline.report/v1',
      'v1 still served',
    );
  });

  it('gives GETs an ETag, answers If-None-Match with 304, caches for 60 s and compresses with br or gzip', async () => {
    const first = await fetch(`${api.url}/api/v1/l2`, { headers: { 'accept-encoding': 'identity' } });
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
    const plain = Buffer.from(await first.arrayBuffer());
    const again = await fetch(`${api.url}/api/v1/l2`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    for (const [coding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const { request } = await import('node:http');
      const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(`${api.url}/api/v1/l2`, { headers: { 'accept-encoding': coding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
      assert.equal(raw.headers['content-encoding'], coding);
      assert.ok(raw.body.length < plain.length / 3, `${coding} is smaller`);
      assert.deepEqual(decode(raw.body), plain);
    }
  });

  it('answers bad requests with problem+json and a stable code', async () => {
    const badUnit = await get('/api/v1/tvl?chain=ethereum&denominate=eur');
    assert.equal(badUnit.response.status, 400);
    assert.equal(badUnit.response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(badUnit.body.code, 'invalid-request');
    assert.match(badUnit.body.errors[0].path, /denominate/);
    const twoSubjects = await get('/api/v1/tvl?chain=ethereum&protocol=aave');
    assert.equal(twoSubjects.body.code, 'invalid-request');
    const badDay = await get('/api/v1/drawdowns?asOf=2024-13-45');
    assert.equal(badDay.response.status, 400);
    const unknownChain = await get('/api/v1/tvl?chain=nowhere-chain');
    assert.equal(unknownChain.response.status, 422);
    assert.equal(unknownChain.body.code, 'invalid-input');
    const notJson = await post('/api/v1/lending/position', '{"position": ');
    assert.equal(notJson.body.code, 'malformed-json');
    const text = await fetch(`${api.url}/api/v1/lending/position`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    assert.equal(text.status, 415);
    const huge = await post('/api/v1/lending/stress', { positions: 'x'.repeat(9 * 2 ** 20) });
    assert.equal(huge.response.status, 413);
    assert.equal(huge.body.code, 'payload-too-large');
    const nowhere = await get('/api/v1/nothing-here');
    assert.equal(nowhere.body.code, 'not-found');
  });

  it('computes a position, a stress and a restaking check', async () => {
    const position = await post('/api/v1/lending/position', {
      position: json('examples/lending/position.json'),
      version: '3.0',
    });
    assert.equal(position.body.liquidation.collateralSeized, 4.55);
    const stress = await post('/api/v1/lending/stress', { shocks: { WETH: -0.4 } });
    assert.equal(stress.response.status, 200);
    assert.equal(stress.body.schema, 'faultline.lending-stress/v1');
    const r1 = await post('/api/v1/restaking/check', {
      network: json('examples/restaking/r1.json'),
      psi: 0.3,
    });
    assert.equal(r1.body.secure, true);
    assert.ok(Math.abs(r1.body.gammaStar - 0.2) < 1e-9);
    assert.equal(r1.body.cascade.psi, 0.3);
    const attack = await post('/api/v1/restaking/check', {
      network: json('test/fixtures/restaking/insecure.json'),
    });
    assert.equal(attack.body.secure, false);
    assert.ok(attack.body.validAttack.profit > attack.body.validAttack.stake);
    const badNetwork = await post('/api/v1/restaking/check', {
      network: {
        validators: [{ id: 'a', stake: 1 }],
        services: [{ id: 's', alpha: 2, profit: 1, validators: ['a'] }],
      },
    });
    assert.equal(badNetwork.response.status, 422);
    assert.match(badNetwork.body.detail, /services\[0\]\.alpha/);
  });

  it('keeps admin endpoints behind the bearer token; an ingest that changed nothing keeps the served snapshot', async () => {
    const none = await post('/api/v1/admin/ingest', { source: 'files' });
    assert.equal(none.response.status, 401);
    const wrong = await post('/api/v1/admin/ingest', { source: 'files' }, { authorization: 'Bearer nope' });
    assert.equal(wrong.body.code, 'unauthorized');
    const before = api.snapshot.generation();
    const ok = await post('/api/v1/admin/ingest', { source: 'files' }, { authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.response.status, 200);
    assert.deepEqual(ok.body.result.imported, [], 'the data folder is as imported');
    assert.ok(ok.body.result.unchanged.length > 0);
    // Nothing was written, so the store file is as it was: no new snapshot to copy (serverSnapshot.test.ts
    // shows a changed store served anew).
    assert.equal(api.snapshot.generation(), before);
  });

  it('serves the sustainability score, the watchlist and the backtest', async () => {
    const score = await get('/api/v1/score?protocol=zerolend&asOf=2025-03-01');
    assert.equal(score.body.id, 'zerolend');
    const both = await get('/api/v1/score?protocol=zerolend&chain=base');
    assert.equal(both.body.code, 'invalid-request');
    const list = await get('/api/v1/watchlist?asOf=2025-03-01');
    assert.ok(list.body.entries.some((e: { id: string }) => e.id === 'zerolend'));
    const backtest = await get('/api/v1/backtest');
    assert.ok(backtest.body.test.caught.some((c: { id: string }) => c.id === 'zerolend'));
  });

  it('lets the CLI use the store while the server runs', async () => {
    const cli = runCli(['concentration', '--category', 'Lending', '--format', 'json'], api.env);
    assert.equal(cli.code, 0, cli.stderr);
    const health = await get('/api/v1/health');
    assert.equal(health.body.status, 'ok');
  });

  it('publishes OpenAPI 3 and a docs page whose assets come from this server', async () => {
    const { body } = await get('/api/openapi.json');
    assert.equal(body.openapi, '3.0.3');
    for (const path of [
      '/api/v1/tvl',
      '/api/v1/lending/stress',
      '/api/v1/restaking/check',
      '/api/v1/admin/ingest',
    ])
      assert.ok(body.paths[path], path);
    assert.ok(
      body.paths['/api/v1/tvl'].get.parameters.some((p: { name: string }) => p.name === 'denominate'),
    );
    const docs = await fetch(`${api.url}/api/docs/`);
    const html = await docs.text();
    assert.equal(docs.status, 200);
    assert.doesNotMatch(html, /https?:\/\//);
    const asset = await fetch(`${api.url}/api/docs/static/swagger-ui-bundle.js`);
    assert.equal(asset.status, 200);
  });
});

describe('rate limits on POST computations', () => {
  let limited: ApiServer;
  before(async () => {
    limited = await startApiServer({ computeRateLimit: 3 });
  });
  after(() => limited.close());

  it('refuses the fourth computation in a minute with 429 rate-limited, while GETs still answer', async () => {
    const send = () =>
      fetch(`${limited.url}/api/v1/lending/position`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ position: json('examples/lending/position.json') }),
      });
    for (let i = 0; i < 3; i++) assert.equal((await send()).status, 200);
    const refused = await send();
    assert.equal(refused.status, 429);
    assert.equal((await refused.json()).code, 'rate-limited');
    assert.equal((await fetch(`${limited.url}/api/v1/health`)).status, 200);
    const admin = await fetch(`${limited.url}/api/v1/admin/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"source":"files"}',
    });
    assert.equal(admin.status, 403);
  });
});
