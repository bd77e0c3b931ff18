import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadSystems } from '../src/analytics/l2Systems.ts';
import type { Day } from '../src/core/day.ts';
import { factsAsOf } from '../src/risk/l2/factsAsOf.ts';
import { assessSystem } from '../src/risk/l2/systemRisk.ts';
import { readRegistry } from '../src/sources/files/readRegistry.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

const REGISTRY = join(import.meta.dirname, '../registry');
const FIXTURE = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/l2beat/differences.json'), 'utf8'),
) as { differences: Record<string, Record<string, string>> };

type Collusion = { status: string; parties?: number; who: string };
type Summary = {
  id: string;
  kind: string;
  stage: string | null;
  l2beatStage: string | null;
  exitWindow: { seconds: number | null; value: string; sentiment: string } | null;
  steal: Collusion;
  freeze: Collusion;
  censor: Collusion;
  exitLatency: { seconds: number | null; bound: string };
  value: { usd: number | null; btc: number | null; source: string } | null;
  disagreements: { subject: string; reason: string }[];
};
const count = (c: Collusion) => (c.status === 'parties' ? c.parties : c.status);

describe('L2 and Bitcoin-layer risk on the real data and the registry', () => {
  const dir = tempDir();
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'l2.duckdb') };
  const json = (args: string[], extra: Record<string, string> = {}) => {
    const r = runCli([...args, '--format', 'json'], { ...env, ...extra });
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  before(() => {
    importedStore(dirname(env.FAULTLINE_DB), basename(env.FAULTLINE_DB));
  });

  it("matches L2BEAT's published stage and rosette for every imported L2, except the differences the fixture explains", () => {
    const { systems } = json(['l2']) as { systems: (Summary & { l2beatComparedAsOf: string | null })[] };
    assert.equal(systems.length, 14);
    const found: Record<string, Record<string, string>> = {};
    for (const s of systems) {
      assert.ok(s.l2beatStage, `${s.id} has no imported L2BEAT profile`);
      assert.equal(
        s.l2beatComparedAsOf,
        '2024-11-01',
        `${s.id} is compared with the facts of the profile's day`,
      );
      for (const d of s.disagreements) {
        const project =
          { 'op-mainnet': 'optimism', 'zksync-era': 'zksync2', manta: 'mantapacific' }[s.id] ?? s.id;
        found[project] = { ...found[project], [d.subject]: d.reason };
        assert.ok(d.reason.length > 10, `${s.id} ${d.subject} has no reason`);
      }
    }
    assert.deepEqual(
      Object.fromEntries(Object.entries(found).map(([p, subjects]) => [p, Object.keys(subjects).sort()])),
      Object.fromEntries(
        Object.entries(FIXTURE.differences).map(([p, subjects]) => [p, Object.keys(subjects).sort()]),
      ),
    );
    for (const subjects of Object.values(FIXTURE.differences))
      for (const why of Object.values(subjects)) assert.ok(why.length > 40);
  });

  it('rates Arbitrum One Stage 1 with an exit window of exactly 7 days (warning, not bad) and a 9-of-12 council', () => {
    const a = json(['l2', '--chain', 'Arbitrum']) as Summary & { facts: { sources: unknown[] } };
    assert.equal(a.stage, 'Stage 1');
    assert.deepEqual(a.exitWindow, { seconds: 604_800, value: '7d', sentiment: 'warning' });
    assert.deepEqual([count(a.steal), count(a.freeze), count(a.censor)], [9, 9, 'none']);
    assert.equal(a.exitLatency.bound, 'exact');
    assert.equal(a.exitLatency.seconds, 4 * 86_400 + 45_818 * 12);
    assert.ok(a.facts.sources.length >= 2);
  });

  it('btc-layers: sBTC 10 of 14 to steal, Powpeg 5 of 9, Babylon unstealable with its staked BTC as value', () => {
    const { layers } = json(['btc-layers']) as { layers: Summary[] };
    const by = new Map(layers.map((l) => [l.id, l]));
    const stacks = by.get('stacks');
    const rootstock = by.get('rootstock');
    const babylon = by.get('babylon-genesis');
    assert.ok(stacks && rootstock && babylon);
    assert.deepEqual([count(stacks.steal), count(stacks.freeze)], [10, 5]);
    assert.deepEqual([count(rootstock.steal), count(rootstock.freeze)], [5, 5]);
    assert.deepEqual([count(babylon.steal), count(babylon.freeze)], ['none', 'none']);
    assert.deepEqual(babylon.exitLatency, {
      ...babylon.exitLatency,
      seconds: 1_008 * 600,
      bound: 'exact',
    });
    const csv = readFileSync(
      join(REAL_DATA, 'btc-staking/btc_staking_restaking_monthly_2024-09_2025-12.csv'),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(1)
      .filter((l) => l.startsWith('2025-12,"Babylon') || l.startsWith('2025-12,Babylon'));
    const staked = csv.reduce((s, l) => s + Number(l.split(',').at(-1)), 0);
    assert.ok(staked > 0);
    assert.ok(Math.abs((babylon.value?.btc ?? 0) - staked) < 1e-6, `${babylon.value?.btc} vs ${staked}`);
    assert.equal(by.get('mezo')?.value, null, 'a layer without a figure stays unknown, not zero');
  });

  it('l2 exposure: each weakness sums exactly the values of the systems it lists; DA layers add up', () => {
    const e = json(['l2', 'exposure']);
    const value = new Map<string, number | undefined>(
      e.values.map((v: { id: string; usd?: number | null }) => [v.id, v.usd ?? undefined]),
    );
    for (const b of e.buckets) {
      const sum = b.systems.reduce((s: number, id: string) => s + (value.get(id) ?? Number.NaN), 0);
      assert.ok(Math.abs(sum - b.usd) < 1, `${b.key}: ${sum} vs ${b.usd}`);
      for (const id of b.unvalued) assert.equal(value.get(id), undefined);
    }
    const none = e.buckets.find((b: { key: string }) => b.key === 'exitWindowNone');
    assert.ok(none.systems.includes('base') && !none.systems.includes('arbitrum'));
    const daTotal = e.daLayers.reduce((s: number, d: { usd: number }) => s + d.usd, 0);
    const selfCustodied = e.notDaDependent.reduce((s: number, id: string) => s + (value.get(id) ?? 0), 0);
    assert.ok(Math.abs(daTotal + selfCustodied - e.totalUsd) < 1);
    assert.equal(e.daLayers[0].daLayer, 'ethereum');
  });

  it('l2 compare puts two systems of different kinds side by side', () => {
    const r = runCli(['l2', 'compare', 'base', 'stacks'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /parties to steal\s*│ unknown\s*│ 10/);
    assert.match(r.stdout, /bitcoinlayers tiers .*VeryHigh \/ Medium \/ Medium \/ Low/);
  });

  it("the Babylon registry file agrees with Babylon's published mainnet parameters", () => {
    const babylon = JSON.parse(readFileSync(join(REGISTRY, 'babylon-genesis.json'), 'utf8')).history[0].facts;
    const params = JSON.parse(readFileSync(join(REAL_DATA, 'babylon/parameters/global-params.json'), 'utf8'));
    const latest = params.versions.at(-1);
    assert.deepEqual(babylon.custody, {
      kind: 'self-custody',
      members: latest.covenant_pks.length,
      threshold: latest.covenant_quorum,
    });
    assert.equal(babylon.delays.unbondingSeconds, latest.unbonding_time * 600);
  });

  type File = Record<string, unknown> & { history: Record<string, unknown>[] };
  const first = (f: File) => f.history[0]?.facts as Record<string, unknown>;
  const later = (change: Record<string, unknown>) => (f: File) => {
    f.reviewed = '2026-01-01';
    f.history.push({
      from: '2026-01-01',
      sources: [{ about: 'x', url: 'https://example.org' }],
      changes: change,
    });
  };
  const broken: [string, (f: File) => void, RegExp][] = [
    [
      'a missing field',
      (f) => delete first(f).daLayer,
      /history\[0\]\.facts\.daLayer: Invalid option: expected one of "ethereum"\|"bitcoin"/,
    ],
    [
      'a negative delay',
      (f) => Object.assign(first(f).delays as object, { settlementSeconds: -1 }),
      /history\[0\]\.facts\.delays\.settlementSeconds: Too small/,
    ],
    [
      'a threshold above the member count',
      (f) => Object.assign(first(f), { custody: { kind: 'federation', members: 3, threshold: 5 } }),
      /custody\.threshold: threshold is above the member count/,
    ],
    [
      'an unknown enum value',
      (f) => Object.assign(first(f), { type: 'rollup' }),
      /type: Invalid option: expected one of "optimistic-rollup"/,
    ],
    [
      'a later change that breaks the state of its day',
      later({ custody: { kind: 'federation', members: 3, threshold: 5 } }),
      /history\[1\] \(the state from 2026-01-01\)\.custody\.threshold: threshold is above the member count/,
    ],
    [
      'entries out of order',
      (f) => {
        later({ stack: 'x' })(f);
        Object.assign(f.history[1] as object, { from: '2025-01-01' });
      },
      /history\[1\]\.from: not after 2025-11-01/,
    ],
    [
      'an entry without sources',
      (f) => Object.assign(f.history[0] as object, { sources: [] }),
      /history\[0\]\.sources: Too small/,
    ],
    [
      'an id that is not the file name',
      (f) => Object.assign(f, { id: 'powpeg' }),
      /id "powpeg" differs from the file name/,
    ],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`refuses a registry file with ${what}, naming the file and the field`, () => {
      const reg = join(tempDir(), 'registry');
      cpSync(REGISTRY, reg, { recursive: true });
      const file = join(reg, 'rootstock.json');
      const facts = JSON.parse(readFileSync(file, 'utf8')) as File;
      breakIt(facts);
      writeFileSync(file, JSON.stringify(facts));
      const r = runCli(['btc-layers'], { ...env, FAULTLINE_REGISTRY: reg });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /rootstock\.json/);
      assert.match(r.stderr, message);
    });
  }

  it('evaluates the L2s on the facts of the day asked: as of 2024-11-01 the old state, by default the latest', async () => {
    const store = await createDuckDbStore(env.FAULTLINE_DB);
    try {
      const registry = readRegistry(REGISTRY);
      const stages = async (day: Day | null) => {
        const view = await loadSystems(store, registry, day);
        return Object.fromEntries(view.systems.map((s) => [s.id, [s.l2?.stage ?? null, s.facts.since]]));
      };
      const old = await stages('2024-11-01' as Day);
      const latest = await stages(null);
      assert.deepEqual(
        ['base', 'starknet', 'scroll', 'arbitrum'].map((id) => [old[id], latest[id]]),
        [
          [
            ['Stage 0', '2024-11-01'],
            ['Stage 1', '2025-04-29'],
          ],
          [
            ['Stage 0', '2024-11-01'],
            ['Stage 1', '2025-05-15'],
          ],
          [
            ['Stage 0', '2024-11-01'],
            ['Stage 1', '2025-08-01'],
          ],
          [
            ['Stage 1', '2024-11-01'],
            ['Stage 1', '2025-02-15'],
          ],
        ],
      );
      assert.equal(old.stacks, undefined, 'no facts for the Bitcoin layers before 2025-11-01');
      assert.deepEqual(latest.stacks, [null, '2025-11-01']);
    } finally {
      store.close();
    }
  });
});

describe("Faultline's stage on the registry's facts against the stage L2BEAT publishes", () => {
  const registry = readRegistry(REGISTRY);
  const published = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures/l2beat/published-stages.json'), 'utf8'),
  ).projects as Record<string, { stage: string; commit: string; path: string }>;
  const summary2024 = JSON.parse(readFileSync(join(REAL_DATA, 'l2beat/scaling_summary_2024-11.json'), 'utf8'))
    .projects as { id: string; stage: string }[];
  const stageOn = (id: string, day: Day | null) => {
    const system = registry.find((s) => s.id === id);
    assert.ok(system, id);
    const facts = factsAsOf(system, day);
    assert.ok(facts, `${id} has facts on ${day}`);
    return assessSystem(facts, { day: facts.asOf as Day }).l2?.stage;
  };
  for (const id of ['base', 'starknet', 'scroll', 'arbitrum']) {
    it(`${id}: today as L2BEAT's config computes it, and as of 2024-11-01 as its 2024-11 summary published it`, () => {
      const today = published[id];
      assert.ok(today, `${id} in published-stages.json`);
      assert.equal(stageOn(id, null), today.stage, `${today.path} @ ${today.commit}`);
      assert.equal(stageOn(id, '2024-11-01' as Day), summary2024.find((p) => p.id === id)?.stage);
    });
  }

  it('scroll, day by day: Stage 1 after Euclid with a downgrade pending, Stage 0 once the principle counted (2025-07-29), Stage 1 again from 2025-08-01', () => {
    assert.deepEqual(
      ['2025-04-23', '2025-05-01', '2025-07-29', '2025-08-01'].map((d) => stageOn('scroll', d as Day)),
      ['Stage 0', 'Stage 1', 'Stage 0', 'Stage 1'],
    );
  });
});
