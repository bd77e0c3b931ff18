import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildProtocolIndex } from '../src/analytics/protocolIdentity.ts';
import { yieldBreakdownOf } from '../src/app/yield/yieldBreakdown.ts';
import type { Day } from '../src/core/day.ts';
import { ingestDefillamaYields } from '../src/ingest/defillama/ingestDefillamaYields.ts';
import type { IngestSettings } from '../src/ingest/ingestSettings.ts';
import { createDefillamaYieldsClient } from '../src/sources/defillama/defillamaYieldsClient.ts';
import { createHostLimits } from '../src/sources/http/hostLimiter.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { tempDir } from './helpers/dataDir.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';
import { poolIdOf } from './replay/syntheticYields.ts';

const YIELDS = { pools: 8, days: 120, endDay: '2025-12-19' };
const UNTIL = '2025-12-20' as Day;
/** Aerodrome's pools of the replayed universe (every fourth pool, and the one after). */
const AERODROME = [0, 1, 4, 5].map(poolIdOf);

describe('faultline ingest defillama --yields against the replay server', () => {
  let server: ReplayServer;
  let store: Store;
  const settings = (over: Partial<IngestSettings> = {}): IngestSettings => ({
    until: UNTIL,
    since: null,
    staleDays: 3,
    refresh: false,
    concurrency: 3,
    storeMemoryMib: 64,
    http: {
      limiter: createHostLimits({ concurrency: 3, ratePerSecond: 1000 }),
      retries: 2,
      backoff: { baseMs: 1, maxMs: 5 },
      timeoutMs: 2000,
      maxRetryAfterMs: 2000,
    },
    ...over,
  });
  const ingest = (over: Partial<IngestSettings> = {}) =>
    ingestDefillamaYields(
      store,
      createDefillamaYieldsClient(server.url, settings(over).http),
      { projects: ['aerodrome-v1', 'aerodrome-slipstream'], pools: [] },
      settings(over),
    );

  before(async () => {
    server = await startReplayServer({
      universe: { protocols: 1, days: 10, endDay: '2025-12-19', tokens: false },
      yields: YIELDS,
      retryAfterSeconds: 0,
    });
    store = await createDuckDbStore(join(tempDir(), 'live.duckdb'));
    await store.migrate();
  });
  after(async () => {
    store.close();
    await server.close();
  });

  it('lists the pools through a rate limit, and keeps the charts that land when others break', async () => {
    server.script('/pools', ['429', '503']);
    server.script(`/chart/${AERODROME[1]}`, ['drift']);
    server.script(`/chart/${AERODROME[2]}`, ['truncated', 'truncated', 'truncated']);
    const summary = await ingest();
    assert.deepEqual(
      summary.failed.map((f) => f.unit).sort(),
      [`yields:chart:${AERODROME[1]}`, `yields:chart:${AERODROME[2]}`].sort(),
    );
    const drift = summary.failed.find((f) => f.unit.endsWith(AERODROME[1] as string));
    assert.match(drift?.error ?? '', /tvlUsd/, 'the renamed field is named');
    assert.equal((await store.ingestFailures('defillama')).length, 2);
    const spans = await store.yieldPoolSpans({
      kind: 'projects',
      projects: ['aerodrome-v1', 'aerodrome-slipstream'],
    });
    const days = new Map(spans.map((s) => [s.pool, s.days]));
    assert.equal(days.get(AERODROME[0] as string), YIELDS.days + 1, 'its history and the /pools day');
    assert.equal(days.get(AERODROME[1] as string), 1, 'only the /pools day: the broken chart wrote nothing');
    const flags = await store.ingestFlags();
    assert.ok(flags.some((f) => f.kind === 'apy-split-unknown' && f.subject === '1 pools'));
    assert.ok(flags.some((f) => f.kind === 'extreme-apy'));
  });

  it('catches up on the next run, derives the cliff facts, and answers from the live data', async () => {
    const summary = await ingest();
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.skipped >= 1, true, 'the finished units are not fetched again');
    const spans = await store.yieldPoolSpans({
      kind: 'projects',
      projects: ['aerodrome-v1', 'aerodrome-slipstream'],
    });
    assert.ok(spans.every((s) => s.days === YIELDS.days + 1));
    const episodes = await store.cliffEpisodes({ kind: 'all' }, null, 100);
    assert.ok(episodes.length >= 4, 'each DEX pool’s reward falls to a tenth');
    assert.ok(episodes.every((e) => e.project.startsWith('aerodrome')));
    const doc = await yieldBreakdownOf(
      { store, index: buildProtocolIndex([], []) },
      { subject: { kind: 'chain', id: 'base' } },
    );
    assert.equal(doc.asOf, UNTIL);
    assert.deepEqual(Object.keys(doc.dataThrough), ['defillama/yields-api']);
    assert.equal(doc.totals?.unknown.pools, 1, 'the pool with no split is counted apart');
    const linea = await yieldBreakdownOf(
      { store, index: buildProtocolIndex([], []) },
      { subject: { kind: 'chain', id: 'linea' } },
    );
    assert.equal(linea.totals?.outliers.pools, 1, 'the 150,000% pool is kept out of the averages');
  });

  it('writes the same store again when nothing changed: a rerun replaces, never duplicates', async () => {
    const before = await store.yieldCoverage();
    await ingest({ refresh: true });
    assert.deepEqual(await store.yieldCoverage(), before);
  });
});
