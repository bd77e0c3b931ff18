import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startLocalServer } from '../../test/helpers/localServer.ts';
import { alertDocument } from '../app/alertCheck.ts';
import { deliverWebhook, type WebhookPolicy } from './deliverWebhook.ts';
import type { Alert } from './evaluateRules.ts';

const ROOT = join(import.meta.dirname, '../..');
const POLICY: WebhookPolicy = { attempts: 4, backoffMs: 1, timeoutMs: 5_000 };
const ALERT: Alert = {
  rule: 'zerolend-score',
  metric: 'protocol.score',
  subject: 'zerolend',
  condition: 'below',
  threshold: 40,
  value: 22.5,
  asOf: '2025-03-01',
  reason: 'protocol.score of zerolend is 22.5, below 40 on 2025-03-01',
  drivers: null,
};
const MESSAGE = { label: `alert ${ALERT.rule}`, body: alertDocument(ALERT) };

describe(deliverWebhook.name, () => {
  it('never follows a 307: the other server receives nothing, and the alert is not delivered', async () => {
    const elsewhere = await startLocalServer((_req, res) => res.end('thanks'));
    const hook = await startLocalServer((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/collect` }).end();
    });
    try {
      const lines: string[] = [];
      const d = await deliverWebhook(`${hook.url}/hook`, MESSAGE, (l) => lines.push(l), POLICY);
      assert.equal(d.delivered, false);
      assert.match(d.error ?? '', /HTTP 307 redirect to http:\/\/127\.0\.0\.1:\d+\/collect not followed/);
      assert.equal(elsewhere.requests.length, 0, 'nothing reached the redirect target');
      assert.equal(hook.requests.length, 1, 'a redirect is not retried within the cycle');
      assert.match(lines.join('\n'), /attempt 1\/4 failed \(HTTP 307 redirect .*\); kept for the next cycle/);
    } finally {
      await Promise.all([hook.close(), elsewhere.close()]);
    }
  });

  it('makes one request per delivery against a redirect loop (302 to itself)', async () => {
    const loop = await startLocalServer((req, res) => res.writeHead(302, { location: req.url ?? '/' }).end());
    try {
      const d = await deliverWebhook(`${loop.url}/hook`, MESSAGE, () => undefined, POLICY);
      assert.equal(d.delivered, false);
      assert.equal(loop.requests.length, 1);
    } finally {
      await loop.close();
    }
  });

  it('delivers only on a 2xx: a 204 delivers, a 500 is retried up to the policy and fails', async () => {
    const ok = await startLocalServer((_req, res) => res.writeHead(204).end());
    const failing = await startLocalServer((_req, res) => res.writeHead(500).end('database down'));
    try {
      assert.deepEqual(await deliverWebhook(ok.url, MESSAGE, () => undefined, POLICY), {
        delivered: true,
        attempts: 1,
        error: null,
      });
      assert.equal(JSON.parse(ok.requests[0]?.body ?? '{}').schema, 'faultline.alert/v1');
      const d = await deliverWebhook(failing.url, MESSAGE, () => undefined, POLICY);
      assert.deepEqual(d, { delivered: false, attempts: 4, error: 'HTTP 500: database down' });
      assert.equal(failing.requests.length, 4);
    } finally {
      await Promise.all([ok.close(), failing.close()]);
    }
  });

  it('reads at most 64 KiB of a 300 MiB streamed answer: the sender stays small', {
    timeout: 120_000,
  }, async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const flood = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let closed = false;
      res.on('close', () => {
        closed = true;
      });
      const pump = () => {
        while (!closed && sent < 300) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!closed) res.end();
      };
      pump();
    });
    try {
      // In a child process (spawned without blocking: this process serves), so its peak memory is its own.
      const script = `
        import { deliverWebhook } from './src/alerts/deliverWebhook.ts';
        const before = process.resourceUsage().maxRSS;
        const d = await deliverWebhook(${JSON.stringify(flood.url)}, ${JSON.stringify(MESSAGE)}, () => {}, { attempts: 1, backoffMs: 1, timeoutMs: 60000 });
        process.stdout.write(JSON.stringify({ delivered: d.delivered, grewKiB: process.resourceUsage().maxRSS - before }));`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(code, 0, stderr);
      const out = JSON.parse(stdout) as { delivered: boolean; grewKiB: number };
      assert.equal(out.delivered, true, 'a 2xx delivers whatever follows it');
      assert.ok(out.grewKiB < 32 * 1024, `peak memory grew ${(out.grewKiB / 1024).toFixed(0)} MiB`);
      assert.ok(sent < 300, `the transfer was cut short (${sent} of 300 MiB sent)`);
    } finally {
      await flood.close();
    }
  });
});
