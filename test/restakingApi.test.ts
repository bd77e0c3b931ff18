import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { seededRandom } from '../src/core/seededRandom.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

const R1 = JSON.parse(readFileSync('examples/restaking/r1.json', 'utf8'));
const ELIP = JSON.parse(readFileSync('examples/restaking/elip-002.json', 'utf8'));

/**
 * An insecure network whose attack takes the exact search a few seconds to find, on one thread from
 * start to end (300 validators, 20 services, profits 30–90% of each service's own attack cost).
 */
function slowNetwork() {
  const r = seededRandom(2);
  const validators = Array.from({ length: 300 }, (_, i) => ({
    id: `v${i}`,
    stake: Math.round(1000 / (1 - r()) ** (1 / 1.2)) / 10,
  }));
  const stakeOf = new Map(validators.map((v) => [v.id, v.stake]));
  const services = Array.from({ length: 20 }, (_, s) => {
    const members = new Set<string>();
    const size = 20 + Math.floor(r() * 131);
    while (members.size < size) members.add(`v${Math.floor(300 * r() * r())}`);
    const alpha = [1 / 3, 1 / 2, 2 / 3][Math.floor(r() * 3)] as number;
    const stake = [...members].reduce((sum, v) => sum + (stakeOf.get(v) ?? 0), 0);
    return {
      id: `s${s}`,
      alpha,
      profit: Math.round(alpha * stake * (0.3 + r() * 0.6)),
      validators: [...members],
    };
  });
  return { validators, services };
}

describe('restaking over HTTP', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer();
  });
  after(() => api.close());
  const post = (path: string, body: unknown) =>
    fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify(body),
    });

  it('refuses a stake of 1e308 with a 422 naming the field, not a 500', async () => {
    const network = { ...R1, validators: [{ id: 'a', stake: 1e308 }, ...R1.validators.slice(1)] };
    const r = await post('/api/v1/restaking/check', { network });
    const problem = await r.json();
    assert.equal(r.status, 422, JSON.stringify(problem));
    assert.equal(problem.code, 'invalid-input');
    assert.match(problem.detail, /validators\[0\]\.stake: 1e\+308 is past ±1e\+15/);
    assert.doesNotMatch(JSON.stringify(problem), /at .*\.ts:\d+|Highs/);
  });

  it('refuses a shock that names nobody, and psi with shock, as bad parameters', async () => {
    const nobody = await post('/api/v1/restaking/check', { network: R1, shock: ['nobody'] });
    assert.equal(nobody.status, 400);
    assert.match((await nobody.json()).detail, /no validator or operator "nobody"/);
    const both = await post('/api/v1/restaking/check', { network: R1, shock: ['c'], psi: 0.1 });
    assert.equal(both.status, 400);
  });

  it('answers other requests while a check runs: the solving is off the event loop', async () => {
    const sent = performance.now();
    const check = post('/api/v1/restaking/check', { network: slowNetwork() }).then(async (r) => {
      const answered = performance.now();
      return [r.status, await r.json(), answered] as const;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asked = performance.now();
    const health = await fetch(`${api.url}/api/v1/health`);
    const waited = performance.now() - asked;
    assert.equal(health.status, 200);
    const [status, doc, answered] = await check;
    assert.equal(status, 200, JSON.stringify(doc));
    assert.equal(doc.secure, false);
    assert.ok(doc.validAttack.profit > doc.validAttack.stake);
    // On the event loop the health check would wait for the solver; beside it, it takes a fraction of it.
    const rest = answered - asked;
    assert.ok(
      waited < rest / 4,
      `health waited ${waited.toFixed(0)} ms of the check's last ${rest.toFixed(0)} ms`,
    );
    assert.ok(answered - sent > 1000, 'the check took long enough to tell');
  });

  it('slashes as the contract does, and refuses a slash of 0 and a graph network', async () => {
    const ok = await post('/api/v1/restaking/slash', {
      network: ELIP,
      operator: 'operator',
      set: 'AVS1',
      fraction: 0.5,
    });
    const doc = await ok.json();
    assert.equal(ok.status, 200, JSON.stringify(doc));
    assert.equal(doc.schema, 'faultline.restaking-slash/v1');
    assert.deepEqual(
      doc.strategies[0].sets.map((s: { slashable: { after: number } }) => s.slashable.after),
      [20, 50, 40],
    );
    const zero = await post('/api/v1/restaking/slash', {
      network: ELIP,
      operator: 'operator',
      set: 'AVS1',
      fraction: 0,
    });
    assert.equal(zero.status, 422);
    assert.match((await zero.json()).detail, /InvalidWadToSlash/);
    const graph = await post('/api/v1/restaking/slash', {
      network: R1,
      operator: 'a',
      set: 's1',
      fraction: 0.5,
    });
    assert.equal(graph.status, 422);
    assert.match((await graph.json()).detail, /needs the EigenLayer form/);
  });
});
