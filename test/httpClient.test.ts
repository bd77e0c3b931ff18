import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SourceError, ValidationError } from '../src/core/errors.ts';
import { getChains } from '../src/sources/defillama/getChains.ts';
import { getHistoricalPrices } from '../src/sources/defillama/getHistoricalPrices.ts';
import { getProtocol } from '../src/sources/defillama/getProtocol.ts';
import { getProtocols } from '../src/sources/defillama/getProtocols.ts';
import { createHostLimits } from '../src/sources/http/hostLimiter.ts';
import { createHttpClient, type HttpClientOptions, type RetryEvent } from '../src/sources/http/httpClient.ts';
import { HttpStatusError } from '../src/sources/http/httpStatusError.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';

const UNIVERSE = { protocols: 3, days: 40, endDay: '2025-12-19', tokens: true };

describe('the shared HTTP client against a replay server on 127.0.0.1', () => {
  let server: ReplayServer;
  before(async () => {
    server = await startReplayServer({ universe: UNIVERSE, retryAfterSeconds: 2 });
  });
  after(() => server.close());

  /** A client whose waits are recorded instead of slept, so retries are checked without waiting. */
  const client = (extra: Partial<HttpClientOptions> = {}) => {
    const waits: number[] = [];
    const retries: RetryEvent[] = [];
    const api = createHttpClient({
      name: 'DefiLlama',
      baseUrl: server.url,
      limiter: createHostLimits({ concurrency: 4, ratePerSecond: 1000 }),
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
      onRetry: (e) => retries.push(e),
      ...extra,
    });
    return { api, waits, retries };
  };

  it('validates a real-shaped /protocol answer and passes unknown fields', async () => {
    const { api } = client();
    const r = await getProtocol(api, 'proto-0000');
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') return;
    assert.equal(Object.keys(r.data.chainTvls ?? {}).length >= 2, true);
    assert.equal((r.data as Record<string, unknown>).methodology, 'replayed');
  });

  it('waits what Retry-After asks after a 429, then succeeds', async () => {
    const { api, waits } = client();
    server.script('/protocol/proto-0001', ['429']);
    const r = await getProtocol(api, 'proto-0001');
    assert.equal(r.status, 'ok');
    assert.deepEqual(waits, [2000]);
  });

  it('fails a 429 whose Retry-After is longer than the run waits, saying so', async () => {
    const { api } = client({ maxRetryAfterMs: 1000 });
    server.script('/protocol/proto-0001', ['429']);
    await assert.rejects(getProtocol(api, 'proto-0001'), (err: SourceError) => {
      assert.match(err.message, /asks to wait 2 s \(Retry-After\), more than the 1 s this run waits/);
      assert.equal(err.retryable, true);
      return true;
    });
  });

  it('retries 500, 502, 503, a reset connection and truncated JSON with growing jittered waits', async () => {
    const { api, waits, retries } = client({ retries: 5 });
    server.script('/protocols', ['500', '502', '503', 'reset', 'truncated']);
    const r = await getProtocols(api);
    assert.equal(r.status, 'ok');
    assert.deepEqual(waits, [250, 500, 1000, 2000, 4000]);
    assert.deepEqual(
      retries.map((e) => e.error.shortMessage.replace(/ \(.*|: .*/, '')),
      [
        'DefiLlama answered HTTP 500',
        'DefiLlama answered HTTP 502',
        'DefiLlama answered HTTP 503',
        'network error',
        'malformed JSON',
      ],
    );
  });

  it('gives up after the last retry with the last reason', async () => {
    const { api } = client({ retries: 2 });
    server.script('/protocols', ['503', '503', '503']);
    await assert.rejects(
      getProtocols(api),
      (err: HttpStatusError) => err instanceof HttpStatusError && err.status === 503,
    );
  });

  it('does not retry a 404', async () => {
    const { api, waits } = client();
    await assert.rejects(
      getProtocol(api, 'no-such-protocol'),
      (err: HttpStatusError) => err.status === 404 && !err.retryable,
    );
    assert.deepEqual(waits, []);
  });

  it('times out a server that never answers, and a slow drip, then retries', async () => {
    for (const fault of ['hang', 'drip'] as const) {
      const { api, retries } = client({ timeoutMs: 300 });
      server.script('/protocols', [fault]);
      const r = await getProtocols(api);
      assert.equal(r.status, 'ok');
      assert.equal(retries[0]?.error.shortMessage, 'timed out after 300 ms');
    }
  });

  it('names the JSON path of a wrong type, and does not retry it', async () => {
    const { api, waits } = client();
    server.script('/protocol/proto-0002', ['wrong-type']);
    await assert.rejects(getProtocol(api, 'proto-0002'), (err: ValidationError) => {
      assert.ok(err instanceof ValidationError);
      assert.match(
        err.message,
        /chainTvls\.[A-Za-z ]+\.tvl\[17\]\.totalLiquidityUSD: expected number, received string/,
      );
      assert.match(err.message, /\/protocol\/proto-0002/);
      return true;
    });
    assert.deepEqual(waits, []);
  });

  it('reports a renamed field (schema drift) as a missing required field', async () => {
    const { api } = client();
    server.script('/protocol/proto-0002', ['drift']);
    await assert.rejects(
      getProtocol(api, 'proto-0002'),
      /tvl\[0\]\.totalLiquidityUSD: expected number, received undefined \(and \d+ more\)/,
    );
  });

  it('refuses a 200 MB body at the size cap without reading it all', async () => {
    const { api, waits } = client({ maxBytes: 8 * 2 ** 20 });
    server.script('/protocols', ['huge']);
    await assert.rejects(getProtocols(api), (err: SourceError) => {
      assert.match(err.message, /response too large: more than 8\.0 MiB received, over the 8\.0 MiB cap/);
      assert.equal(err.retryable, false);
      return true;
    });
    assert.deepEqual(waits, []);
  });

  it('sends stored validators and reads a 304 as not modified', async () => {
    const { api } = client();
    const first = await getProtocol(api, 'proto-0000');
    assert.equal(first.status, 'ok');
    assert.ok(first.validators.etag);
    const second = await getProtocol(api, 'proto-0000', { validators: first.validators });
    assert.equal(second.status, 'not-modified');
  });

  it('reads the chain list and historical coin prices in their published shapes', async () => {
    const { api } = client();
    const chains = await getChains(api);
    assert.equal(chains.status === 'ok' && chains.data[0]?.name, 'Ethereum');
    const prices = await getHistoricalPrices(api, ['coingecko:ethereum', 'coingecko:bitcoin'], 1_735_689_600);
    assert.equal(prices.status, 'ok');
    if (prices.status !== 'ok') return;
    assert.deepEqual(Object.keys(prices.data.coins).sort(), ['coingecko:bitcoin', 'coingecko:ethereum']);
    assert.equal(prices.data.coins['coingecko:ethereum']?.timestamp, 1_735_689_600);
  });
});
