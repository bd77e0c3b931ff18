import assert from 'node:assert/strict';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { protocolScoreAt } from '../src/analytics/scoreAt.ts';
import type { SustainabilityData } from '../src/analytics/sustainabilityData.ts';
import { createFileApp } from '../src/app/createFileApp.ts';
import { resolveConfig } from '../src/core/config.ts';
import { type Day, monthOf } from '../src/core/day.ts';
import {
  DEFAULT_WEIGHTS,
  DEFAULT_WEIGHTS_NAME,
  WATCH_THRESHOLD,
} from '../src/risk/sustainability/factors.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

const dir = tempDir();
const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'store.duckdb') };
const json = (args: string[]) => {
  const r = runCli(args, env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

/** The data as it stood on `day`: everything later cut off. */
function cutAt(data: SustainabilityData, day: Day): SustainabilityData {
  const month = monthOf(day);
  return {
    ...data,
    protocols: new Map(
      [...data.protocols].map(([id, p]) => [id, { ...p, series: p.series.filter((x) => x.day <= day) }]),
    ),
    chainMix: new Map(
      [...data.chainMix].map(([id, m]) => [id, new Map([...m].filter(([mo]) => mo < month))]),
    ),
    chainTotals: new Map(
      [...data.chainTotals].map(([c, m]) => [c, new Map([...m].filter(([mo]) => mo < month))]),
    ),
    ethClose: new Map([...data.ethClose].filter(([d]) => d <= day)),
    flagDays: new Map([...data.flagDays].map(([id, ds]) => [id, ds.filter((d) => d <= day)])),
    oracle: new Map([...data.oracle].map(([id, ds]) => [id, ds.filter((d) => d.day <= day)])),
  };
}

describe('sustainability score, watchlist and backtest on the real history', () => {
  before(() => {
    importedStore(dirname(env.FAULTLINE_DB), basename(env.FAULTLINE_DB));
  });

  it('scores ZeroLend below the watch threshold on 2025-03-01 and says why', () => {
    const s = json(['score', '--protocol', 'zerolend', '--as-of', '2025-03-01', '--json']);
    assert.equal(s.asOf, '2025-03-01');
    assert.ok(s.score < WATCH_THRESHOLD, `score ${s.score}`);
    assert.ok(['warning', 'critical'].includes(s.band));
    assert.match(
      s.drivers,
      /^ZeroLend scores \d+\/100 on 2025-03-01 because .*fell \d+% in 30 days.*1 known incident in the last year/,
    );
    const lost = s.factors.reduce(
      (a: number, f: { contribution: number | null }) => a + (f.contribution ?? 0),
      0,
    );
    assert.ok(Math.abs(100 - lost - s.score) < 1e-9);
    for (const f of s.factors) assert.equal(typeof f.weight, 'number');
    const early = json(['score', '--protocol', 'zerolend', '--as-of', '2024-06-01', '--json']);
    assert.ok(early.score > s.score, 'healthier before the fall');
    const chain = json(['score', '--chain', 'zksync era', '--as-of', '2025-03-01', '--json']);
    assert.deepEqual(
      chain.factors.map((f: { id: string }) => f.id),
      ['drawdownUsd', 'trend180', 'protocolsLeaving'],
    );
  });

  it('uses no data after --as-of: the score equals the score on the data cut at that day', async () => {
    const app = createFileApp(resolveConfig({ flags: {}, env, cwd: process.cwd() }));
    try {
      const data = await app.sustainability();
      for (const day of ['2022-06-01', '2023-06-01', '2024-01-01', '2025-02-01'] as Day[]) {
        const cut = cutAt(data, day);
        for (const id of ['zerolend', 'aave-v3', 'sushi', 'kim-exchange-v3', 'curve-dex']) {
          assert.deepEqual(
            protocolScoreAt(cut, id, day, DEFAULT_WEIGHTS),
            protocolScoreAt(data, id, day, DEFAULT_WEIGHTS),
            `${id} on ${day}`,
          );
        }
      }
    } finally {
      await app.close();
    }
  });

  it('lists everything below the threshold, worst first, with ZeroLend on it on 2025-03-01', () => {
    const w = json(['watchlist', '--as-of', '2025-03-01', '--json']);
    assert.equal(w.threshold, WATCH_THRESHOLD);
    assert.ok(w.entries.some((e: { id: string }) => e.id === 'zerolend'));
    const scores = w.entries.map((e: { score: number }) => e.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => a - b),
    );
    assert.ok(scores.every((s: number) => s < WATCH_THRESHOLD));
  });

  it('backtests: weights chosen on 2021-2023 are the published ones; ZeroLend is caught ahead of its collapse', () => {
    const r = json(['backtest', '--json']);
    assert.equal(r.chosen.weights, DEFAULT_WEIGHTS_NAME);
    assert.equal(r.chosen.threshold, WATCH_THRESHOLD);
    assert.equal(r.plan.train.to, '2023-12-31');
    assert.equal(r.plan.test.from, '2024-01-01');
    const zero = r.test.caught.find((c: { id: string }) => c.id === 'zerolend');
    assert.ok(zero, 'ZeroLend caught');
    assert.ok(zero.firstWarning < zero.visibleDay);
    assert.equal(zero.visibleFrom, 'snapshot', 'its collapse shows only in the 2025-12-19 snapshot');
    // Its daily history ends 2025-02-19, before the 2025-03-01 warning: no lead is observed (not 293 days).
    assert.ok(zero.leadAtLeast);
    assert.equal(zero.leadDays, 0);
    const ids = [...r.train.caught, ...r.train.missed, ...r.test.caught, ...r.test.missed].map(
      (c: { id: string }) => c.id,
    );
    for (const product of ['sushiswap', 'swapbased-amm', 'swapbased-perp', 'aave-v3', 'morpho-blue'])
      assert.ok(!ids.includes(product), `${product} is inside its parent's row, not counted again`);
    assert.ok(r.test.collapses >= 10, 'other collapses in the data');
    for (const part of [r.train, r.test]) {
      assert.ok(part.precision > 0 && part.precision <= 1);
      assert.ok(part.recall > 0 && part.recall <= 1);
      assert.equal(part.caught.length + part.missed.length, part.collapses);
    }
  });
});
