import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { type LocalServer, startLocalServer } from './helpers/localServer.ts';
import { runCli, runCliAsync } from './helpers/runCli.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';

const dir = tempDir();
const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'store.duckdb') };
type Printed = { schema: string; rule: string; reason: string };
const printed = (stdout: string): Printed[] =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{"schema":"faultline.alert/v1"'))
    .map((l) => JSON.parse(l) as Printed);
const pendingIn = (state: string) =>
  (JSON.parse(readFileSync(state, 'utf8')) as { pending: { rule: string }[] }).pending
    .map((a) => a.rule)
    .sort();
const rulesOf = (bodies: readonly { body: string }[]) =>
  bodies.map((r) => (JSON.parse(r.body) as { rule: string }).rule).sort();

/** `faultline watch` once on the example rules as of 2025-03-01, with its alert state and webhook. */
const watchOnce = (state: string, webhook: string) => [
  'watch',
  '--alerts',
  'examples/alerts.yaml',
  '--once',
  '--as-of',
  '2025-03-01',
  '--alert-state',
  state,
  '--webhook',
  webhook,
];
/** The two example rules that fire on 2025-03-01. */
const FIRING = ['zerolend-90d-fall', 'zerolend-score'];

describe('alerts: rules, webhook, dedup, nothing lost', () => {
  /** A hook answering 500 to its first `failFirst` requests, then 200; what it accepted. */
  let receiver: LocalServer;
  const received: Printed[] = [];
  let failFirst = 0;
  /** A hook that sends every alert elsewhere (307 to `elsewhere`). */
  let redirecting: LocalServer;
  let elsewhere: LocalServer;

  before(async () => {
    receiver = await startLocalServer((_req, res, _i, body) => {
      if (failFirst > 0) {
        failFirst -= 1;
        res.writeHead(500).end();
        return;
      }
      received.push(JSON.parse(body) as Printed);
      res.writeHead(200).end('{}');
    });
    elsewhere = await startLocalServer((_req, res) => res.writeHead(200).end('{}'));
    redirecting = await startLocalServer((_req, res) =>
      res.writeHead(307, { location: `${elsewhere.url}/stolen` }).end(),
    );
    importedStore(dir, 'store.duckdb');
  });
  after(async () => {
    await Promise.all([receiver.close(), redirecting.close(), elsewhere.close()]);
  });

  it('refuses a rule file with an unknown metric or a malformed threshold, naming the line', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'rules:\n  - id: a\n    metric: protocol.score\n    subject: zerolend\n    condition: below\n    threshold: 60\n  - id: b\n    metric: protocol.tvlMood\n    subject: zerolend\n    condition: below\n    threshold: 1\n',
    );
    const r1 = runCli(['watch', '--alerts', bad, '--once'], env);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /bad\.yaml, line 7, field "metric": unknown metric "protocol\.tvlMood"/);
    writeFileSync(
      bad,
      'rules:\n  - id: a\n    metric: protocol.score\n    subject: zerolend\n    condition: below\n    threshold: "60%"\n',
    );
    const r2 = runCli(['watch', '--alerts', bad, '--once'], env);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /line 2, field "threshold": threshold must be a number, got "60%"/);
    const r3 = runCli(
      ['watch', '--alerts', 'examples/alerts.yaml', '--once', '--webhook-backoff', '-1'],
      env,
    );
    assert.equal(r3.code, 1, r3.stderr);
    assert.match(r3.stderr, /--webhook-backoff.*not a non-negative number: "-1"/);
  });

  it('delivers each new alert once to the webhook, retrying a failing receiver with backoff', async () => {
    const state = join(dir, 'state.json');
    failFirst = 2;
    received.length = 0;
    const args = watchOnce(state, `${receiver.url}/hook`);
    const first = await runCliAsync(args, env);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(
      printed(first.stdout)
        .map((a) => a.rule)
        .sort(),
      FIRING,
    );
    assert.equal(received.length, 2);
    assert.match(first.stderr, /attempt 1\/4 failed \(HTTP 500\); retrying in 500 ms/);
    assert.ok(received[0]?.reason.includes('on 2025-03-01'));
    const again = await runCliAsync(args, env);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout.trim(), '', 'already delivered: nothing new');
    assert.equal(received.length, 2);
    assert.match(again.stderr, /2 rule\(s\) firing, 0 new, 2 already sent/);
  });

  it('keeps alerts whose every attempt failed: exit 1 naming them, and the next run delivers them', async () => {
    const state = join(dir, 'down.json');
    failFirst = 8; // both alerts' 4 attempts
    received.length = 0;
    // A shorter first wait than the default 500 ms: the retries are the same, the test waits less.
    const args = [...watchOnce(state, `${receiver.url}/hook`), '--webhook-backoff', '20'];
    const down = await runCliAsync(args, env);
    assert.equal(down.code, 1, down.stderr);
    assert.match(down.stderr, /attempt 1\/4 failed \(HTTP 500\); retrying in 20 ms/);
    assert.match(down.stderr, /attempt 3\/4 failed \(HTTP 500\); retrying in 80 ms/);
    assert.match(down.stderr, /attempt 4\/4 failed \(HTTP 500\); kept for the next cycle/);
    assert.match(
      down.stderr,
      /faultline: 2 alert deliveries to the webhook failed; 2 alert\(s\) kept pending and sent again on the next run/,
    );
    assert.equal(printed(down.stdout).length, 2, 'alerts still printed');
    assert.deepEqual(pendingIn(state), FIRING);

    const up = await runCliAsync(args, env);
    assert.equal(up.code, 0, up.stderr);
    assert.equal(up.stdout.trim(), '', 'not new: printed once, by the first run');
    assert.match(up.stderr, /2 rule\(s\) firing, 0 new, 0 already sent, 2 undelivered sent again/);
    assert.deepEqual(received.map((a) => a.rule).sort(), FIRING);
    assert.deepEqual(pendingIn(state), []);

    const later = await runCliAsync(args, env);
    assert.equal(later.code, 0, later.stderr);
    assert.equal(received.length, 2, 'delivered alerts are not sent again');
  });

  it('evaluates the rules after an import, and refuses a bad rules file before importing anything', async () => {
    const r = runCli(
      ['import', '--alerts', 'examples/alerts.yaml', '--alert-state', join(dir, 'import.json')],
      env,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.ok(printed(r.stdout).some((a) => a.rule === 'zerolend-score'));
    assert.match(r.stderr, /nothing to import[\s\S]*rule\(s\) firing/);
    const bad = join(dir, 'bad-import.yaml');
    writeFileSync(
      bad,
      'rules:\n  - id: a\n    metric: chain.score\n    condition: below\n    threshold: 60\n',
    );
    const refused = runCli(['import', '--alerts', bad], env);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /line 2, field "subject": chain\.score needs a subject/);
    assert.doesNotMatch(refused.stderr, /unchanged/, 'refused before the import ran');
  });

  it('import --alerts never follows a redirect: the alerts go nowhere else, stay pending, and it exits 1', async () => {
    const state = join(dir, 'redirected.json');
    const r = await runCliAsync(
      [
        'import',
        '--alerts',
        'examples/alerts.yaml',
        '--alert-state',
        state,
        '--webhook',
        `${redirecting.url}/hook`,
      ],
      env,
    );
    const alerts = printed(r.stdout).map((a) => a.rule);
    assert.ok(alerts.length > 0, r.stderr);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /HTTP 307 redirect to http:\/\/127\.0\.0\.1:\d+\/stolen not followed/);
    assert.match(
      r.stderr,
      new RegExp(`faultline: ${alerts.length} alert deliver(y|ies) to the webhook failed`),
    );
    assert.equal(elsewhere.requests.length, 0, 'nothing reached the host the redirect named');
    assert.deepEqual(rulesOf(redirecting.requests), alerts.sort(), 'one request per alert: no retry loop');
    assert.deepEqual(pendingIn(state), alerts.sort());
  });

  describe('ingest --alerts', () => {
    let replay: ReplayServer;
    before(async () => {
      replay = await startReplayServer({
        universe: { protocols: 1, days: 10, endDay: '2025-12-19', tokens: false, anomalies: false },
      });
    });
    after(() => replay.close());

    it('exits 1 naming the failed deliveries, after storing what it fetched', async () => {
      const state = join(dir, 'ingest.json');
      const r = await runCliAsync(
        [
          'ingest',
          'l2beat',
          '--until',
          '2025-12-19',
          '--alerts',
          'examples/alerts.yaml',
          '--alert-state',
          state,
          '--webhook',
          `${redirecting.url}/ingest`,
        ],
        { ...env, L2BEAT_API_URL: replay.url },
      );
      assert.match(r.stdout, /l2beat ingest up to 2025-12-19/);
      assert.match(r.stdout, /0 failed\)/);
      const alerts = printed(r.stdout);
      assert.ok(alerts.length > 0, r.stderr);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`faultline: ${alerts.length} alert deliver(y|ies) to the webhook failed`),
      );
      assert.equal(pendingIn(state).length, alerts.length);
    });
  });
});
