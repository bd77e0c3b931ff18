import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Day } from '../../core/day.ts';
import { type ChecklistValue, ROLLUP_BLUEPRINT, type RollupChecklist } from './rollupStageBlueprint.ts';
import { evaluateStage } from './stage.ts';

/**
 * `FULLY_SATISFIED_CHECKLIST` and the three `describe(getRollupStage.name)` cases of l2beat/l2beat
 * `packages/config/src/common/stages/getRollupStage.test.ts` @ 0a0b322138d5459fa741554a6fdbb764667f8e9c
 * (the function under test: `getRollupStage` of getRollupStage.ts @ 024b02a00429a0dc1d6a144babf3ee97278b9155).
 */
const FULLY_SATISFIED: RollupChecklist = {
  stage0: {
    callsItselfRollup: true,
    stateRootsPostedToL1: true,
    dataAvailabilityOnL1: true,
    rollupNodeSourceAvailable: true,
    stateVerificationOnL1: true,
    fraudProofSystemAtLeast5Outsiders: true,
  },
  stage1: {
    principle: true,
    usersHave7DaysToExit: true,
    usersCanExitWithoutCooperation: true,
    securityCouncilProperlySetUp: true,
    noRedTrustedSetups: true,
    proverSourcePublished: true,
    verifierContractsReproducible: true,
    programHashesReproducible: true,
  },
  stage2: {
    proofSystemOverriddenOnlyInCaseOfABug: false,
    fraudProofSystemIsPermissionless: false,
    delayWith30DExitWindow: false,
  },
};
const upcoming = (expiresOn: string) => ({
  stage: 'stage1' as const,
  items: [
    'noRedTrustedSetups',
    'proverSourcePublished',
    'verifierContractsReproducible',
    'programHashesReproducible',
  ],
  expiresOn: expiresOn as Day,
});
const DAY = '2026-07-01' as Day;
const keys = (rs: { key: string }[] | undefined) => rs?.map((r) => r.key);
const noProver = { ...FULLY_SATISFIED, stage1: { ...FULLY_SATISFIED.stage1, proverSourcePublished: false } };

describe(`${evaluateStage.name}: the vectors of L2BEAT's getRollupStage.test.ts`, () => {
  it('"should return stage object": Stage 1, Stage 2 missing its three items', () => {
    const r = evaluateStage(FULLY_SATISFIED, { day: DAY, upcoming: upcoming('2026-06-01') });
    assert.equal(r.stage, 'Stage 1');
    assert.equal(r.missing?.nextStage, 'Stage 2');
    assert.equal(r.missing?.principle, false);
    assert.deepEqual(keys(r.missing?.requirements), [
      'fraudProofSystemIsPermissionless',
      'delayWith30DExitWindow',
      'proofSystemOverriddenOnlyInCaseOfABug',
    ]);
    assert.equal(r.downgradePending, null);
    assert.equal(r.message, null);
  });

  it('"keeps Stage 1 but marks a downgrade as pending when an upcoming requirement fails before expiry"', () => {
    const r = evaluateStage(noProver, { day: DAY, upcoming: upcoming('2026-07-31') });
    assert.equal(r.stage, 'Stage 1');
    assert.equal(r.missing?.nextStage, 'Stage 2');
    assert.deepEqual(
      r.downgradePending && { ...r.downgradePending, reasons: keys(r.downgradePending.reasons) },
      {
        expiresOn: '2026-07-31',
        toStage: 'Stage 0',
        reasons: ['proverSourcePublished'],
      },
    );
  });

  it('"downgrades to Stage 0 once the countdown has expired" (and with no day, the items are in force)', () => {
    for (const options of [{ day: DAY, upcoming: upcoming('2026-06-01') }, {}]) {
      const r = evaluateStage(noProver, options);
      assert.equal(r.stage, 'Stage 0');
      assert.equal(r.downgradePending, null);
      assert.deepEqual(keys(r.missing?.requirements), ['proverSourcePublished']);
    }
  });
});

describe(`${evaluateStage.name}: Stage 0 is where every system starts`, () => {
  it('lists unmet Stage 0 items as preconditions, never as missing, and still gives Stage 0 at least', () => {
    const r = evaluateStage({
      ...FULLY_SATISFIED,
      stage0: { ...FULLY_SATISFIED.stage0, stateVerificationOnL1: false, rollupNodeSourceAvailable: false },
    });
    assert.equal(r.stage, 'Stage 1');
    assert.deepEqual(keys(r.preconditions), ['stateVerificationOnL1', 'rollupNodeSourceAvailable']);
    assert.equal(r.missing?.nextStage, 'Stage 2');
    assert.deepEqual(r.message, { type: 'warning', key: 'rollupNodeSourceAvailable' });
  });

  it('skips items that do not apply (null): a ZK rollup is not held to permissionless fraud proofs', () => {
    const zk = {
      ...FULLY_SATISFIED,
      stage0: { ...FULLY_SATISFIED.stage0, fraudProofSystemAtLeast5Outsiders: null },
      stage2: {
        proofSystemOverriddenOnlyInCaseOfABug: true,
        fraudProofSystemIsPermissionless: null,
        delayWith30DExitWindow: true,
      },
    };
    const r = evaluateStage(zk);
    assert.equal(r.stage, 'Stage 2');
    assert.deepEqual(r.unmet, []);
    assert.equal(
      evaluateStage({ ...zk, stage2: { ...zk.stage2, fraudProofSystemIsPermissionless: false } }).stage,
      'Stage 1',
    );
  });

  it('before 2025-07-29 an unmet principle only marks a downgrade as pending (stage.ts @ 3a6bc8a, countdowns.ts @ 12d5066)', () => {
    const c = { ...FULLY_SATISFIED, stage1: { ...FULLY_SATISFIED.stage1, principle: false } };
    const before = evaluateStage(c, { day: '2025-07-28' as Day });
    assert.deepEqual(
      [before.stage, before.downgradePending?.toStage, before.downgradePending?.expiresOn],
      ['Stage 1', 'Stage 0', '2025-07-29'],
    );
    assert.equal(evaluateStage(c, { day: '2025-07-29' as Day }).stage, 'Stage 0');
  });

  it('blocks a stage on an unmet principle alone, and on an item under review', () => {
    const principle = evaluateStage({
      ...FULLY_SATISFIED,
      stage1: { ...FULLY_SATISFIED.stage1, principle: false },
    });
    assert.equal(principle.stage, 'Stage 0');
    assert.deepEqual([principle.missing?.principle, principle.missing?.requirements], [true, []]);
    const review = evaluateStage({
      ...FULLY_SATISFIED,
      stage1: { ...FULLY_SATISFIED.stage1, usersHave7DaysToExit: 'UnderReview' },
    });
    assert.equal(review.stage, 'Stage 0');
  });
});

describe(`${evaluateStage.name}: project configs as L2BEAT states them`, () => {
  const base = (stage2: Partial<RollupChecklist['stage2']>): RollupChecklist => ({
    stage0: FULLY_SATISFIED.stage0,
    stage1: {
      principle: true,
      usersHave7DaysToExit: true,
      usersCanExitWithoutCooperation: true,
      securityCouncilProperlySetUp: true,
      noRedTrustedSetups: null,
      proverSourcePublished: null,
      verifierContractsReproducible: null,
      programHashesReproducible: null,
    },
    stage2: {
      proofSystemOverriddenOnlyInCaseOfABug: false,
      fraudProofSystemIsPermissionless: true,
      delayWith30DExitWindow: false,
      ...stage2,
    },
  });
  it('Base (projects/base/base.ts @ 000705c) and Arbitrum One (projects/arbitrum/arbitrum.ts @ fa7d174, BoLD): Stage 1', () => {
    assert.equal(evaluateStage(base({})).stage, 'Stage 1');
  });
  it('Starknet (projects/starknet/starknet.ts @ 024b02a, every new Stage 1 item true, permissionless proofs null): Stage 1', () => {
    const starknet: RollupChecklist = {
      stage0: { ...FULLY_SATISFIED.stage0, fraudProofSystemAtLeast5Outsiders: null },
      stage1: FULLY_SATISFIED.stage1,
      stage2: {
        proofSystemOverriddenOnlyInCaseOfABug: false,
        fraudProofSystemIsPermissionless: null,
        delayWith30DExitWindow: false,
      },
    };
    const r = evaluateStage(starknet);
    assert.equal(r.stage, 'Stage 1');
    assert.deepEqual(keys(r.missing?.requirements), [
      'delayWith30DExitWindow',
      'proofSystemOverriddenOnlyInCaseOfABug',
    ]);
  });
});

/**
 * A port of L2BEAT's `createGetStage` (packages/config/src/common/stages/stage.ts, the version with
 * `UpcomingStageRequirements`), kept as close to its control flow as TypeScript allows, with item keys in
 * place of descriptions and days in place of unix times (`expiresAt < now` ⇔ `expiresOn <= day`).
 */
function createGetStagePort(checklist: RollupChecklist, day: string, expiresOn: string, items: string[]) {
  let highestStageReached = 'Stage 0';
  let missing: { nextStage: string; requirements: string[]; principle: boolean } | undefined;
  let message: string | undefined;
  let downgradePending: { toStage: string; reasons: string[] } | undefined;
  for (const [stage, blueprintStage] of Object.entries(ROLLUP_BLUEPRINT)) {
    const values = checklist[stage as keyof RollupChecklist] as Record<string, ChecklistValue>;
    const upcomingStage = stage === 'stage1' ? { expiresOn, items } : undefined;
    const upcomingCountdownExpired = upcomingStage ? upcomingStage.expiresOn <= day : true;
    const upcomingItems = new Set(upcomingStage?.items ?? []);
    const pendingReasons: string[] = [];
    for (const key of Object.keys(blueprintStage.items)) {
      const value = values[key];
      if (value === undefined || value === null) continue;
      const satisfied = value === 'UnderReview' ? 'UnderReview' : value;
      if (upcomingItems.has(key)) {
        if (satisfied !== true) {
          if (upcomingCountdownExpired) {
            if (blueprintStage.name !== 'Stage 0') {
              if (missing === undefined)
                missing = { nextStage: blueprintStage.name, requirements: [], principle: false };
              if (missing.nextStage === blueprintStage.name) missing.requirements.push(key);
            }
          } else pendingReasons.push(key);
        }
        continue;
      }
      if (satisfied !== true && blueprintStage.name !== 'Stage 0') {
        if (missing === undefined)
          missing = { nextStage: blueprintStage.name, requirements: [], principle: false };
        if (missing.nextStage === blueprintStage.name) missing.requirements.push(key);
      }
      if (satisfied !== true && key === 'rollupNodeSourceAvailable' && blueprintStage.name === 'Stage 0')
        message = satisfied === 'UnderReview' ? 'underReview' : 'warning';
    }
    const principle = 'principle' in values ? values.principle : undefined;
    if (principle !== undefined && principle !== null && principle !== true) {
      if (missing && missing.nextStage === blueprintStage.name) missing.principle = true;
      if (!missing) missing = { nextStage: blueprintStage.name, requirements: [], principle: true };
    }
    if (upcomingStage && !upcomingCountdownExpired && pendingReasons.length > 0 && !missing)
      downgradePending = { toStage: highestStageReached, reasons: pendingReasons };
    if (missing === undefined) highestStageReached = blueprintStage.name;
  }
  return {
    stage: highestStageReached,
    missing: missing ?? null,
    message: message ?? null,
    downgradePending: downgradePending ?? null,
  };
}

const value = fc.constantFrom<ChecklistValue>(true, true, true, false, 'UnderReview', null);
const section = <K extends string>(names: readonly K[]) =>
  fc.record(Object.fromEntries(names.map((n) => [n, value])) as Record<K, fc.Arbitrary<ChecklistValue>>);
const checklist = fc.record({
  stage0: section(Object.keys(ROLLUP_BLUEPRINT.stage0.items) as (keyof RollupChecklist['stage0'])[]),
  stage1: section([
    ...Object.keys(ROLLUP_BLUEPRINT.stage1.items),
    'principle',
  ] as (keyof RollupChecklist['stage1'])[]),
  stage2: section(Object.keys(ROLLUP_BLUEPRINT.stage2.items) as (keyof RollupChecklist['stage2'])[]),
}) as unknown as fc.Arbitrary<RollupChecklist>;

describe(`${evaluateStage.name} against a port of L2BEAT's createGetStage`, () => {
  it('gives the same stage, missing items, principle, message and pending downgrade on random checklists', () => {
    const items = upcoming('2000-01-01').items;
    fc.assert(
      fc.property(checklist, fc.constantFrom('2026-06-30', '2026-07-01', '2026-07-02'), (c, expiresOn) => {
        const port = createGetStagePort(c, DAY, expiresOn, [...items]);
        const ours = evaluateStage(c, { day: DAY, upcoming: upcoming(expiresOn) });
        assert.deepEqual(
          {
            stage: ours.stage,
            missing: ours.missing && { ...ours.missing, requirements: keys(ours.missing.requirements) },
            message: ours.message?.type ?? null,
            downgradePending: ours.downgradePending && {
              toStage: ours.downgradePending.toStage,
              reasons: keys(ours.downgradePending.reasons),
            },
          },
          port,
        );
      }),
      { numRuns: 3_000 },
    );
  });
});
