import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startLocalServer } from '../../test/helpers/localServer.ts';
import { alertDocument } from '../app/alertCheck.ts';
import { createAlertOutbox } from './alertOutbox.ts';
import type { WebhookPolicy } from './deliverWebhook.ts';
import type { Alert } from './evaluateRules.ts';

const POLICY: WebhookPolicy = { attempts: 4, backoffMs: 1, timeoutMs: 5_000 };
const alert = (rule: string, asOf = '2025-03-01'): Alert => ({
  rule,
  metric: 'protocol.score',
  subject: 'zerolend',
  condition: 'below',
  threshold: 40,
  value: 22.5,
  asOf,
  reason: `protocol.score of zerolend is 22.5, below 40 on ${asOf}`,
  drivers: null,
});
const TWO = [alert('zerolend-score'), alert('zerolend-drawdown')];
const stateFile = () => join(mkdtempSync(join(tmpdir(), 'faultline-outbox-')), 'alerts-state.json');
const pendingIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { pending: Alert[] }).pending.map((a) => a.rule).sort();

describe(createAlertOutbox.name, () => {
  it('keeps alerts whose 4 attempts failed pending, and delivers them on the next run', async () => {
    // The hook fails each alert's first 4 deliveries, then accepts.
    const hook = await startLocalServer((_req, res, _i, body) => {
      const rule = (JSON.parse(body) as Alert).rule;
      const seen = hook.requests.filter((r) => (JSON.parse(r.body) as Alert).rule === rule).length;
      res.writeHead(seen <= 4 ? 503 : 200).end();
    });
    const file = stateFile();
    const log: string[] = [];
    try {
      const first = createAlertOutbox({
        document: alertDocument,
        stateFile: file,
        webhook: hook.url,
        log: (l) => log.push(l),
        policy: POLICY,
      });
      assert.equal(first.cycle(TWO).fresh.length, 2);
      assert.deepEqual(await first.settle(), { delivered: 0, failed: 2, pending: 2 });
      assert.deepEqual(pendingIn(file), ['zerolend-drawdown', 'zerolend-score']);

      // A later run (a new process): the rules still fire; nothing is new, both are sent again.
      const second = createAlertOutbox({
        document: alertDocument,
        stateFile: file,
        webhook: hook.url,
        log: () => undefined,
        policy: POLICY,
      });
      const cycle = second.cycle(TWO);
      assert.equal(cycle.fresh.length, 0);
      assert.equal(cycle.retried.length, 2);
      assert.deepEqual(await second.settle(), { delivered: 2, failed: 0, pending: 0 });
      assert.equal(hook.requests.length, 10, 'each alert: 4 failed attempts, then one delivered');

      // Delivered and still firing: sent no more.
      const third = createAlertOutbox({
        document: alertDocument,
        stateFile: file,
        webhook: hook.url,
        log: () => undefined,
        policy: POLICY,
      });
      assert.deepEqual(third.cycle(TWO), { fresh: [], retried: [] });
      assert.deepEqual(await third.settle(), { delivered: 0, failed: 0, pending: 0 });
      assert.equal(hook.requests.length, 10);
      assert.match(log.join('\n'), /attempt 4\/4 failed \(HTTP 503\); kept for the next cycle/);
    } finally {
      await hook.close();
    }
  });

  it('still delivers a pending alert after its rule stopped firing, and a newer one replaces an older', async () => {
    let up = false;
    const hook = await startLocalServer((_req, res) => res.writeHead(up ? 200 : 500).end());
    const file = stateFile();
    try {
      const down = createAlertOutbox({
        document: alertDocument,
        stateFile: file,
        webhook: hook.url,
        log: () => undefined,
        policy: POLICY,
      });
      down.cycle([alert('zerolend-score', '2025-03-01')]);
      await down.settle();
      down.cycle([]);
      down.cycle([alert('zerolend-score', '2025-03-02')]);
      assert.equal((await down.settle()).pending, 1);
      up = true;
      const later = createAlertOutbox({
        document: alertDocument,
        stateFile: file,
        webhook: hook.url,
        log: () => undefined,
        policy: POLICY,
      });
      later.cycle([]);
      assert.deepEqual(await later.settle(), { delivered: 1, failed: 0, pending: 0 });
      const last = JSON.parse(hook.requests.at(-1)?.body ?? '{}') as Alert;
      assert.equal(last.asOf, '2025-03-02');
    } finally {
      await hook.close();
    }
  });

  it('does not send an alert twice while an earlier cycle is still delivering it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hook = await startLocalServer((_req, res) => void gate.then(() => res.writeHead(200).end()));
    const outbox = createAlertOutbox({
      document: alertDocument,
      stateFile: stateFile(),
      webhook: hook.url,
      log: () => undefined,
      policy: POLICY,
    });
    try {
      outbox.cycle(TWO);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(outbox.cycle(TWO), { fresh: [], retried: [] });
      release();
      assert.deepEqual(await outbox.settle(), { delivered: 2, failed: 0, pending: 0 });
      assert.equal(hook.requests.length, 2);
    } finally {
      await hook.close();
    }
  });

  it('with no webhook, prints (returns) each alert once and keeps nothing pending', async () => {
    const outbox = createAlertOutbox({
      document: alertDocument,
      stateFile: stateFile(),
      webhook: null,
      log: () => undefined,
    });
    assert.equal(outbox.cycle(TWO).fresh.length, 2);
    assert.equal(outbox.cycle(TWO).fresh.length, 0);
    assert.deepEqual(await outbox.settle(), { delivered: 0, failed: 0, pending: 0 });
  });
});
