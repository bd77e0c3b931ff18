import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

const TOKEN = 'limits-admin-token';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

async function call(api: ApiServer, path: string, init: RequestInit = {}) {
  const response = await fetch(`${api.url}${path}`, init);
  const text = await response.text();
  return { response, status: response.status, body: text ? JSON.parse(text) : null };
}
const post = (api: ApiServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(api, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const health = async (api: ApiServer) => (await call(api, '/api/v1/health')).body;

describe('computations off the event loop: one thread, one waiting place, a deadline, cancellation', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer({
      adminToken: TOKEN,
      limits: { workers: 1, queue: 1, deadlineMs: 60_000, computeRateLimit: 1000 },
    });
  });
  after(() => api.close());

  it('answers cheap GETs while a backtest computes, the backtest on a thread of the pool', async () => {
    assert.equal((await call(api, '/api/v1/l2')).status, 200);
    const waits: number[] = [];
    let computing = true;
    const started = performance.now();
    const heavy = call(api, '/api/v1/backtest?from=2021-01-01&split=2023-01-01').then((r) => {
      computing = false;
      return { ...r, ms: performance.now() - started };
    });
    while (computing) {
      const t = performance.now();
      assert.equal((await call(api, '/api/v1/l2')).status, 200);
      waits.push(performance.now() - t);
      await sleep(10);
    }
    const backtest = await heavy;
    assert.equal(backtest.status, 200, JSON.stringify(backtest.body));
    assert.equal(backtest.body.schema, 'faultline.backtest/v1');
    assert.ok(
      waits.length >= 5,
      `${waits.length} cheap answers during a ${Math.round(backtest.ms)} ms backtest`,
    );
    assert.ok(
      Math.max(...waits) < backtest.ms / 4,
      `no cheap answer waited for the computation (longest ${Math.round(Math.max(...waits))} ms of ${Math.round(backtest.ms)} ms)`,
    );
    const { computations } = await health(api);
    assert.ok(computations.done >= 1 && computations.threads === 1, JSON.stringify(computations));
  });

  it('answers 503 busy with Retry-After when the thread and the waiting place are taken', async () => {
    const answers = await Promise.all(
      ['2021-02-01', '2021-03-01', '2021-04-01'].map((from) =>
        call(api, `/api/v1/backtest?from=${from}&split=2023-06-01`),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    assert.equal(busy.length, 1, answers.map((a) => a.status).join(','));
    assert.equal(busy[0]?.body.code, 'busy');
    assert.equal(busy[0]?.response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.ok(Number(busy[0]?.response.headers.get('retry-after')) >= 1);
    assert.deepEqual(
      answers.filter((a) => a.status !== 503).map((a) => a.body.schema),
      ['faultline.backtest/v1', 'faultline.backtest/v1'],
    );
  });

  it('stops the computation when the client goes away, and keeps answering', async () => {
    const before = (await health(api)).computations;
    const client = new AbortController();
    const gone = fetch(`${api.url}/api/v1/backtest?from=2021-05-01&split=2024-06-01`, {
      signal: client.signal,
    });
    while ((await health(api)).computations.busy === 0) await sleep(20);
    client.abort();
    await assert.rejects(gone);
    let now = (await health(api)).computations;
    for (let i = 0; i < 100 && (now.busy > 0 || now.stopped === before.stopped); i++) {
      await sleep(50);
      now = (await health(api)).computations;
    }
    assert.equal(now.stopped, before.stopped + 1, 'the task was stopped');
    assert.equal(now.busy, 0, 'no thread works for the client who left');
    const assess = await post(api, '/api/v1/l2/assess', json('examples/l2-design.json'));
    assert.equal(assess.status, 200);
    assert.equal(assess.body.schema, 'faultline.l2-assess/v1');
  });

  it('refuses absurd numbers in a body with 422 naming the field, never a 500', async () => {
    const network = json('examples/restaking/r1.json');
    for (const v of network.validators) v.stake = 1e308;
    const stake = await post(api, '/api/v1/restaking/check', { network });
    assert.equal(stake.status, 422, JSON.stringify(stake.body));
    assert.equal(stake.body.code, 'invalid-input');
    assert.equal(stake.body.errors[0].path, 'body.network.validators[0].stake');
    assert.match(stake.body.detail, /1e\+308 is past ±1e\+15/);
    const position = JSON.stringify({ position: json('examples/lending/position.json') }).replace(
      '"amount":10',
      '"amount":1e400',
    );
    const infinite = await post(api, '/api/v1/lending/position', position);
    assert.equal(infinite.status, 422);
    assert.equal(infinite.body.errors[0].path, 'body.position.collateral[0].amount');
    assert.match(infinite.body.detail, /Infinity is not a finite number/);
    const fine = await post(api, '/api/v1/restaking/check', { network: json('examples/restaking/r1.json') });
    assert.equal(fine.status, 200);
  });

  it('refuses a day outside the stored history before computing: backtest and score', async () => {
    const future = await call(api, '/api/v1/backtest?from=1900-01-01&split=1950-01-01&to=9999-12-31');
    assert.equal(future.status, 400);
    assert.equal(future.body.errors[0].path, 'to');
    const early = await call(api, '/api/v1/backtest?from=1990-01-01&split=2022-01-01');
    assert.equal(early.status, 400);
    assert.equal(early.body.errors[0].path, 'from');
    const score = await call(api, '/api/v1/score?protocol=aave&asOf=9999-01-01');
    assert.equal(score.status, 400);
    assert.match(score.body.detail, /after the newest stored data/);
    const before = await call(api, '/api/v1/score?protocol=aave&asOf=1900-01-01');
    assert.equal(before.status, 400);
    assert.match(before.body.detail, /before the oldest stored data/);
    const watch = await call(api, '/api/v1/watchlist?asOf=1900-01-01');
    assert.equal(watch.status, 400, 'a day before the history is refused, not an empty watchlist');
  });

  it('throttles failed admin authentication: the sixth try in 15 minutes is refused, right token or not', async () => {
    const ingest = (token: string) =>
      post(api, '/api/v1/admin/ingest', { source: 'l2beat' }, { authorization: `Bearer ${token}` });
    for (let i = 0; i < 5; i++) assert.equal((await ingest(`guess-${i}`)).status, 401);
    const refused = await ingest(TOKEN);
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'rate-limited');
    assert.match(refused.body.detail, /5 failed admin authentications/);
    assert.ok(Number(refused.response.headers.get('retry-after')) > 60);
  });
});

describe('a deadline per request, and one rate limit per client across every computing route', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer({
      limits: { workers: 1, queue: 4, deadlineMs: 300, computeRateLimit: 3, warmWorkers: true },
    });
    while ((await health(api)).computations.ready < 1) await sleep(50);
  });
  after(() => api.close());

  it('answers 504 naming the limit when a computation runs past it, and counts computing GETs with POSTs', async () => {
    const late = await call(api, '/api/v1/watchlist?asOf=2024-03-01');
    assert.equal(late.status, 504);
    assert.equal(late.body.code, 'deadline-exceeded');
    assert.match(late.body.detail, /longer than the 300 ms limit per request/);
    const second = await post(api, '/api/v1/l2/assess', json('examples/l2-design.json'));
    assert.notEqual(second.status, 429);
    const third = await call(api, '/api/v1/score?protocol=aave&asOf=2024-03-01');
    assert.notEqual(third.status, 429);
    const fourth = await call(api, '/api/v1/backtest?from=2021-01-01&split=2023-01-01');
    assert.equal(fourth.status, 429, 'the fourth computation of this client, on a fourth route');
    assert.equal(fourth.body.code, 'rate-limited');
    assert.ok(Number(fourth.response.headers.get('retry-after')) >= 1);
    const restaking = await post(api, '/api/v1/restaking/check', {
      network: json('examples/restaking/r1.json'),
    });
    assert.equal(restaking.status, 429);
    assert.equal((await call(api, '/api/v1/l2')).status, 200, 'a cheap GET still answers');
  });
});
