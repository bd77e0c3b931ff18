import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createPublicClient } from 'viem';
import { SourceError } from '../../core/errors.ts';
import { createHostLimits } from '../http/hostLimiter.ts';
import { chainCall } from './chainCallError.ts';
import { createRpcTransport, redactRpcUrl } from './rpcTransport.ts';

/** What the fake node does with the next request: answer, or one of the faults real endpoints show. */
type Step = 'ok' | '429' | 'rate-limited' | 'html' | 'no-result' | 'slow' | 'revert';

describe(createRpcTransport.name, () => {
  let server: Server;
  let url: string;
  const steps: Step[] = [];
  const seen: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        const { id, method } = JSON.parse(body) as { id: number; method: string };
        seen.push(method);
        const step = steps.shift() ?? 'ok';
        const json = (o: unknown) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(o));
        };
        if (step === '429') {
          res.writeHead(429, { 'retry-after': '3' });
          res.end('Too Many Requests');
        } else if (step === 'rate-limited')
          // Infura's answer when a key passes its rate (JSON-RPC error inside HTTP 200).
          json({
            jsonrpc: '2.0',
            id,
            error: { code: -32005, message: 'daily request count exceeded, request rate limited' },
          });
        else if (step === 'html') {
          res.setHeader('content-type', 'text/html');
          res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        } else if (step === 'no-result') json({ jsonrpc: '2.0', id });
        else if (step === 'slow') setTimeout(() => json({ jsonrpc: '2.0', id, result: '0x1' }), 400);
        else if (step === 'revert')
          json({ jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted', data: '0x' } });
        else json({ jsonrpc: '2.0', id, result: method === 'eth_chainId' ? '0x7a69' : '0x10' });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/abcdefghijklmnopqrstuvwxyz012345`;
  });
  after(() => server.close());

  const client = (timeoutMs = 5000) => {
    const waits: number[] = [];
    const rpc = createRpcTransport(url, {
      limiter: createHostLimits({ concurrency: 2, ratePerSecond: 1000 }),
      timeoutMs,
      retries: 2,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    return { rpc, waits, viem: createPublicClient({ transport: rpc.transport }) };
  };

  it('drops the API key from the name it gives the endpoint', () => {
    assert.equal(redactRpcUrl(new URL(url)), url.replace('/abcdefghijklmnopqrstuvwxyz012345', '/…'));
  });

  it('waits what Retry-After asks after HTTP 429, retries and counts every request', async () => {
    const { rpc, waits, viem } = client();
    steps.push('429');
    assert.equal(await viem.getChainId(), 31337);
    assert.deepEqual(waits, [3000]);
    assert.equal(rpc.stats.requests, 2);
    assert.equal(rpc.stats.byMethod.eth_chainId, 1);
  });

  it("retries a node's rate-limit error (-32005) and a garbage body, then answers", async () => {
    const { rpc, viem } = client();
    steps.push('rate-limited', 'html');
    assert.equal(await viem.getBlockNumber(), 16n);
    assert.equal(rpc.stats.requests, 3);
  });

  it('gives up after its retries with an error naming the method and what the node said', async () => {
    const { rpc, viem } = client();
    steps.push('no-result', 'no-result', 'no-result');
    await assert.rejects(
      chainCall('eth_blockNumber', rpc.source, () => viem.getBlockNumber()),
      (err: SourceError) => {
        assert.ok(err instanceof SourceError);
        assert.match(err.message, /eth_blockNumber: garbage answer \(no result, no error\)/);
        assert.match(err.message, /after 3 attempts/);
        assert.doesNotMatch(err.message, /abcdefghijklmnop/);
        assert.equal(err.retryable, true);
        return true;
      },
    );
  });

  it('times a slow answer out and says so', async () => {
    const { viem, rpc } = client(100);
    steps.push('slow', 'slow', 'slow');
    await assert.rejects(
      chainCall('eth_blockNumber', rpc.source, () => viem.getBlockNumber()),
      /eth_blockNumber: timed out after 100 ms/,
    );
  });

  it('passes a revert to viem untouched and does not retry it', async () => {
    const { viem, rpc } = client();
    steps.push('revert');
    await assert.rejects(
      chainCall('Pool.getReservesList()', rpc.source, () =>
        viem.call({ to: '0x0000000000000000000000000000000000000001', data: '0x' }),
      ),
      (err: SourceError) => {
        assert.match(err.message, /Pool\.getReservesList\(\): reverted/);
        assert.equal(err.retryable, false);
        return true;
      },
    );
    assert.equal(rpc.stats.requests, 1);
  });

  it('names the method when the node is down', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const down = createRpcTransport(`http://127.0.0.1:${port}`, {
      limiter: createHostLimits({ concurrency: 1, ratePerSecond: 1000 }),
      retries: 1,
      sleep: async () => {},
    });
    await assert.rejects(
      chainCall('eth_chainId', down.source, () =>
        createPublicClient({ transport: down.transport }).getChainId(),
      ),
      /: eth_chainId: network error: ECONNREFUSED \(after 2 attempts\)$/,
    );
    assert.deepEqual(seen.includes('eth_chainId'), true);
  });
});
