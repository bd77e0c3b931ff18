import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { EigenDaParams } from './eigenda.ts';
import {
  assignmentsForQuorum,
  blobAssignment,
  maxChunksPerOperator,
  type QuorumStakes,
} from './eigendaAssignment.ts';

// Conformance with Layr-Labs/eigenda @ 61019b4e9f91cbbb3dc05ed758674e4bdfeee20e, core/v2/assignment.go
// (`GetAssignmentsForQuorum`, `AddAssignmentsForQuorum`, `MergeAssignmentsAndCap`, `GetAssignmentsForBlob`);
// the vectors are those of core/v2/assignment_test.go with its parameters (core/v2/core_test.go):
// NumChunks 8192, CodingRate 8, MaxNumOperators 2048.
const GO_TEST_PARAMS: EigenDaParams = { chunks: 8192, inverseCodingRate: 8, maxOperators: 2048 };

/** core/mock/state.go `MakeOperatorId`: i little-endian in 32 bytes, as hex (the order Go sorts by). */
const operatorId = (i: number) => {
  const bytes = Buffer.alloc(32);
  bytes.writeBigUInt64LE(BigInt(i));
  return bytes.toString('hex');
};
const quorum = (q: number, stakes: number[]): QuorumStakes => ({
  quorum: q,
  stakes: new Map(stakes.map((s, i) => [operatorId(i), BigInt(s)])),
});
const counts = (quorums: QuorumStakes[], p = GO_TEST_PARAMS) => {
  const a = blobAssignment(quorums, p);
  return [...a.keys()].sort().map((id) => a.get(id)?.length ?? 0);
};
/** core/data.go `GetReconstructionThresholdBips`: ⌈c·10⁴ / ((c − n)·(1/γ))⌉ = 1667 here. */
const thresholdBips = Math.ceil((8192 * 10000) / ((8192 - 2048) * 8));

describe(blobAssignment.name, () => {
  test('TestSingleOperator: one operator gets NumChunks/CodingRate = 1,024 chunks, not 6,144', () => {
    assert.equal(maxChunksPerOperator(GO_TEST_PARAMS), 1024);
    assert.deepEqual(counts([quorum(0, [100])]), [1024]);
  });

  test('TestValidatorSizes: negligible stake → 1 chunk; the threshold stake (1667 bps) and double it → capped at 1,024', () => {
    assert.equal(thresholdBips, 1667);
    assert.deepEqual(counts([quorum(0, [1, 1_000_000])]), [1, 1024]);
    // ⌈6144·1667/10⁴⌉ = 1025 and ⌈6144·3334/10⁴⌉ = 2049 per quorum; the blob caps both at 1,024.
    const exact = quorum(0, [thresholdBips, 10000 - thresholdBips]);
    assert.equal(assignmentsForQuorum(exact, GO_TEST_PARAMS).assignment.get(operatorId(0))?.length, 1025);
    assert.equal(counts([exact])[0], 1024);
    assert.equal(counts([quorum(0, [2 * thresholdBips, 10000 - 2 * thresholdBips])])[0], 1024);
  });

  test('TestTwoQuorums: the second quorum reuses the first one’s indices; merged and capped per operator', () => {
    // Quorum 0 stakes 1/10/1/1/3 give 384·s chunks; quorum 1 stakes 2/1/10/1 give 878/439/4389/439.
    // Operator 0 keeps its 384 and takes 494 fresh indices (878); 1 and 4 cap at 1,024; 2 reaches the cap
    // on fresh indices; 3 keeps 384 and takes 55 fresh (439).
    const q0 = quorum(0, [1, 10, 1, 1, 3]);
    const q1 = quorum(1, [2, 1, 10, 1]);
    assert.deepEqual(counts([q0]), [384, 1024, 384, 384, 1024]);
    assert.deepEqual(counts([q1]), [878, 439, 1024, 439]);
    assert.deepEqual(counts([q0, q1]), [878, 1024, 1024, 439, 1024]);
    // TestTwoQuorumsReverseOrder: quorums are taken in ascending order whatever order they come in.
    const swapped = [
      { ...q1, quorum: 0 },
      { ...q0, quorum: 1 },
    ];
    assert.deepEqual(counts([swapped[1] as QuorumStakes, swapped[0] as QuorumStakes]), counts(swapped));
    const indices = blobAssignment([q0, q1], GO_TEST_PARAMS).get(operatorId(3));
    assert.deepEqual(indices?.slice(383, 385), [4991, 6090]);
  });

  test('"too many operators for quorum": more than MaxNumOperators operators is refused', () => {
    const crowd = quorum(
      7,
      Array.from({ length: 2049 }, () => 1),
    );
    assert.throws(
      () => blobAssignment([crowd], GO_TEST_PARAMS),
      /too many operators for quorum 7: 2049 > 2048/,
    );
    assert.equal(
      counts([
        quorum(
          7,
          Array.from({ length: 2048 }, () => 1),
        ),
      ]).length,
      2048,
    );
    assert.throws(() => blobAssignment([quorum(0, [0, 0])], GO_TEST_PARAMS), /sum to zero/);
  });

  test('property (FuzzOperatorAssignmentsV2, TestManyQuorums): any operators holding the reconstruction threshold of stake can rebuild the blob', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 10, max: 109 })), {
          minLength: 1,
          maxLength: 120,
        }),
        fc.array(fc.nat(), { maxLength: 120 }),
        (stakes, shuffle) => {
          const q0 = quorum(
            0,
            stakes.map(([a]) => a),
          );
          const q1 = quorum(
            1,
            stakes.map(([, b]) => b),
          );
          const merged = blobAssignment([q0, q1], GO_TEST_PARAMS);
          let total = 0;
          for (const indices of merged.values()) {
            total += indices.length;
            assert.ok(indices.length <= 1024);
            assert.equal(new Set(indices).size, indices.length);
            assert.ok(indices.every((i) => i >= 0 && i < 8192));
          }
          if (stakes.length > 20) assert.ok(total >= 8192 - 2048);
          for (const single of [q0, q1]) {
            const alone = blobAssignment([single], GO_TEST_PARAMS);
            for (const [id, indices] of alone) assert.ok((merged.get(id)?.length ?? 0) >= indices.length);
          }
          // Sample operators in a shuffled order until their quorum-0 stake reaches ⌈total·1667/10⁴⌉.
          const ids = [...q0.stakes.keys()];
          shuffle.forEach((r, i) => {
            const j = r % ids.length;
            [ids[i % ids.length], ids[j]] = [ids[j] as string, ids[i % ids.length] as string];
          });
          const stakeTotal = stakes.reduce((s, [a]) => s + a, 0);
          const needed = Math.ceil((stakeTotal * thresholdBips) / 10000);
          const held = new Set<number>();
          let stake = 0;
          for (const id of ids) {
            for (const i of merged.get(id) ?? []) held.add(i);
            stake += Number(q0.stakes.get(id));
            if (stake >= needed) break;
          }
          assert.ok(held.size >= 1024, `${held.size} unique chunks from ${stake} of ${stakeTotal} stake`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
