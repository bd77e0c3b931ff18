import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Day } from '../src/core/day.ts';
import { factsAsOf } from '../src/risk/l2/factsAsOf.ts';
import { assessSystem } from '../src/risk/l2/systemRisk.ts';
import { readRegistry } from '../src/sources/files/readRegistry.ts';
import { REAL_DATA } from './helpers/dataDir.ts';

type Published = 'Stage 0' | 'Stage 1' | 'Stage 2' | 'Others';
type Source = { repo: string; path: string; commit?: string; indexFileId?: string; function: string };
type Side = { day: Day; l2beat: Published; source: Source };
const FIXTURE = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/l2beat/stage-history.json'), 'utf8'),
) as {
  changes: { system: string; change: string; before: Side; after: Side }[];
  today: Record<string, { l2beat: Published; source: Source }>;
};
const THE_TEN = [
  'blast',
  'bob',
  'linea',
  'manta',
  'mantle',
  'mode',
  'op-mainnet',
  'polygon-zkevm',
  'taiko',
  'zksync-era',
];

/**
 * Checks Faultline's stage on the registry's facts of a day against L2BEAT's project configs of that time
 * (l2beat/l2beat packages/config/src/projects/<id>/<id>.ts and its template, each citing repository, path,
 * commit or index file id, and function in stage-history.json). L2BEAT's "Others" (NotApplicable, or a
 * reason for being other) is Faultline's Stage 0 with an unmet Stage 0 precondition, as compareL2beat.ts reads it.
 */
describe("Faultline's stage on each day's registry facts against L2BEAT's configs of that day", () => {
  const registry = readRegistry(join(import.meta.dirname, '../registry'));
  const on = (id: string, day: Day | null) => {
    const system = registry.find((s) => s.id === id);
    assert.ok(system, `${id} in the registry`);
    const facts = factsAsOf(system, day);
    assert.ok(facts, `${id} has facts on ${day}`);
    const l2 = assessSystem(facts, { day: facts.asOf as Day }).l2;
    assert.ok(l2, `${id} is an Ethereum L2`);
    return { stage: l2.preconditions.length > 0 ? 'Others' : l2.stage, since: facts.since, l2 };
  };
  const where = (s: Source) =>
    `${s.repo} ${s.path} @ ${s.commit ?? `index file ${s.indexFileId}`}: ${s.function}`;

  for (const c of FIXTURE.changes) {
    it(`${c.system}, ${c.change}: ${c.before.l2beat} on ${c.before.day}, ${c.after.l2beat} on ${c.after.day}`, () => {
      const before = on(c.system, c.before.day);
      const after = on(c.system, c.after.day);
      assert.equal(before.stage, c.before.l2beat, where(c.before.source));
      assert.equal(after.stage, c.after.l2beat, where(c.after.source));
      assert.notEqual(before.since, after.since, 'a dated entry separates the two days');
    });
  }

  it('today (the latest entries): the stage L2BEAT computes now for each of the ten', () => {
    for (const id of THE_TEN) {
      const today = FIXTURE.today[id];
      assert.ok(today, `${id} in stage-history.json`);
      assert.equal(on(id, null).stage, today.l2beat, `${id}: ${where(today.source)}`);
    }
  });

  it("as of 2024-11-15 the ten keep L2BEAT's 2024-11 summary stage (NotApplicable there is Stage 0 with a precondition unmet here)", () => {
    const summary = JSON.parse(readFileSync(join(REAL_DATA, 'l2beat/scaling_summary_2024-11.json'), 'utf8'))
      .projects as { id: string; stage: string }[];
    for (const id of THE_TEN) {
      const system = registry.find((s) => s.id === id);
      const published = summary.find((p) => p.id === system?.l2beatId)?.stage;
      assert.ok(published, `${id} in the 2024-11 summary`);
      const { l2, since } = on(id, '2024-11-15' as Day);
      assert.equal(since, '2024-11-01', `${id}: the first entry is in force`);
      assert.equal(l2.stage, published === 'NotApplicable' ? 'Stage 0' : published, id);
      if (published === 'NotApplicable') assert.ok(l2.preconditions.length > 0, id);
    }
  });

  it('mantle, day by day: an optimium without proofs, a validium from OP Succinct, a ZK rollup from Arsia', () => {
    const view = (d: string) => {
      const { l2 } = on('mantle', d as Day);
      return [
        l2.rosette[0]?.sentiment,
        l2.rosette[1]?.sentiment,
        l2.preconditions.map((p) => p.key).join(','),
      ];
    };
    assert.deepEqual(['2025-09-15', '2025-09-16', '2026-04-16'].map(view), [
      ['bad', 'bad', 'stateVerificationOnL1,dataAvailabilityOnL1'],
      ['good', 'bad', 'dataAvailabilityOnL1'],
      ['good', 'good', ''],
    ]);
  });
});
