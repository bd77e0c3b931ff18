import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
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
    const { systems } = json(['l2']) as { systems: Summary[] };
    assert.equal(systems.length, 14);
    const found: Record<string, Record<string, string>> = {};
    for (const s of systems) {
      assert.ok(s.l2beatStage, `${s.id} has no imported L2BEAT profile`);
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
    const babylon = JSON.parse(readFileSync(join(REGISTRY, 'babylon-genesis.json'), 'utf8'));
    const params = JSON.parse(readFileSync(join(REAL_DATA, 'babylon/parameters/global-params.json'), 'utf8'));
    const latest = params.versions.at(-1);
    assert.deepEqual(babylon.custody, {
      kind: 'self-custody',
      members: latest.covenant_pks.length,
      threshold: latest.covenant_quorum,
    });
    assert.equal(babylon.delays.unbondingSeconds, latest.unbonding_time * 600);
  });

  const broken: [string, (f: Record<string, unknown>) => void, RegExp][] = [
    [
      'a missing field',
      (f) => delete f.daLayer,
      /daLayer: Invalid option: expected one of "ethereum"\|"bitcoin"/,
    ],
    [
      'a negative delay',
      (f) => Object.assign(f.delays as object, { settlementSeconds: -1 }),
      /delays\.settlementSeconds: Too small/,
    ],
    [
      'a threshold above the member count',
      (f) => Object.assign(f, { custody: { kind: 'federation', members: 3, threshold: 5 } }),
      /custody\.threshold: threshold is above the member count/,
    ],
    [
      'an unknown enum value',
      (f) => Object.assign(f, { type: 'rollup' }),
      /type: Invalid option: expected one of "optimistic-rollup"/,
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
      const facts = JSON.parse(readFileSync(file, 'utf8'));
      breakIt(facts);
      writeFileSync(file, JSON.stringify(facts));
      const r = runCli(['btc-layers'], { ...env, FAULTLINE_REGISTRY: reg });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /rootstock\.json/);
      assert.match(r.stderr, message);
    });
  }
});
