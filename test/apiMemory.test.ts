import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addDays, type Day } from '../src/core/day.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

const MiB = 2 ** 20;
const MEMO = 64 * 1024;
const RESPONSES = 32 * 1024;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** The heap this process (the server's) holds after a full collection (bytes). */
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('caches bounded by bytes: many distinct days cannot grow memory', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer({ limits: { memoBytes: MEMO, responseCacheBytes: RESPONSES } });
  });
  after(() => api.close());

  it('keeps the memo and the response cache under their ceilings over 40 days asked once each', async () => {
    const get = async (path: string) => {
      const r = await fetch(`${api.url}${path}`);
      assert.equal(r.status, 200, path);
      return r.json();
    };
    // Days asked of the questions answered on the event loop (computations keep their own memo per thread).
    await get('/api/v1/l2/exposure?asOf=2024-01-01');
    const start = heap();
    for (let i = 1; i <= 40; i++) {
      const day = addDays('2024-01-01' as Day, i * 7);
      await get(`/api/v1/l2/exposure?asOf=${day}`);
      await get(`/api/v1/l2?asOf=${day}`);
    }
    const grown = heap() - start;
    assert.ok(
      grown < MEMO + RESPONSES + 8 * MiB,
      `the heap grew ${(grown / MiB).toFixed(1)} MiB over 80 distinct answers (ceilings ${(MEMO + RESPONSES) / MiB} MiB)`,
    );
    const { caches } = await get('/api/v1/health');
    assert.ok(caches.memo.bytes <= MEMO, `memo ${caches.memo.bytes} bytes`);
    assert.ok(caches.memo.evicted > 0, `the memo let go of old days: ${JSON.stringify(caches.memo)}`);
    assert.ok(caches.responses.bytes <= RESPONSES, `responses ${caches.responses.bytes} bytes`);
    assert.ok(caches.responses.evicted > 0, 'the response cache let go of old answers');
  });
});
