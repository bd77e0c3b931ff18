import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkAssignment, eigenDaVerdict, isSafe, parseDecimal, reconstructionThreshold } from './eigenda.ts';

const pct = (x: string) => {
  const f = parseDecimal(x);
  return { n: f.n, d: f.d * 100n };
};

test('mainnet reconstruction threshold r = 8192 / (4655 · 8) = 0.219979', () => {
  const r = reconstructionThreshold();
  assert.deepEqual(r, { n: 8192n, d: 37240n });
  assert.equal((Number(r.n) / Number(r.d)).toFixed(6), '0.219979');
});

test('vector: CT 55% / AT 33% is safe (819,280 ≥ 819,200), AT 34% is not; liveness 1 − CT', () => {
  assert.equal(isSafe(pct('55'), pct('33')), true);
  assert.equal(isSafe(pct('55'), pct('34')), false);
  assert.equal(isSafe(pct('55'), pct('33.0021')), true);
  assert.equal(isSafe(pct('55'), pct('33.0022')), false);
  assert.equal(eigenDaVerdict(pct('55'), pct('33'), []).livenessThreshold, 0.45);
});

test('chunks are ⌈η·(c − n)⌉ on exact shares (0.2 · 4655 is 931, not 932)', () => {
  assert.deepEqual(chunkAssignment(['0.5', '0.3', '0.2'].map(parseDecimal)), [2328, 1397, 931]);
  assert.deepEqual(chunkAssignment(['5', '3', '2'].map(parseDecimal)), [2328, 1397, 931]);
});

test('mainnet blob: an operator stores at most 8192/8 = 1,024 chunks (core/v2 MergeAssignmentsAndCap); over 3,537 operators is refused', () => {
  const stakes = ['30', '25', '20', '15', '10'].map(parseDecimal);
  assert.deepEqual(chunkAssignment(stakes), [1397, 1164, 931, 699, 466]);
  assert.deepEqual(eigenDaVerdict(pct('55'), pct('33'), stakes).chunks, [1024, 1024, 931, 699, 466]);
  const crowd = Array.from({ length: 3538 }, () => parseDecimal('1'));
  assert.throws(
    () => eigenDaVerdict(pct('55'), pct('33'), crowd),
    /too many operators for quorum 0: 3538 > 3537/,
  );
  assert.equal(eigenDaVerdict(pct('55'), pct('33'), crowd.slice(1)).chunks.length, 3537);
});

test('the smallest top-operator sets that break safety (> CT − r) and liveness (> 1 − CT)', () => {
  const stakes = ['30', '25', '20', '15', '10'].map(parseDecimal);
  const v = eigenDaVerdict(pct('55'), pct('33'), stakes);
  assert.deepEqual(v.breakSafety, { operators: 2, share: 0.55 });
  assert.deepEqual(v.breakLiveness, { operators: 2, share: 0.55 });
  const tight = eigenDaVerdict(pct('90'), pct('33'), stakes);
  assert.deepEqual(tight.breakLiveness, { operators: 1, share: 0.3 });
  assert.deepEqual(tight.breakSafety, { operators: 3, share: 0.75 });
});

test('parseDecimal refuses what is not a plain decimal', () => {
  for (const bad of ['-1', 'abc', '1,5', ''])
    assert.throws(() => parseDecimal(bad), /not a non-negative decimal/);
  assert.deepEqual(parseDecimal('1e-3'), { n: 1n, d: 1000n });
});
