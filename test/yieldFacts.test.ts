import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { addDays, type Day } from '../src/core/day.ts';
import type { ChainId } from '../src/model/chain.ts';
import { CLIFF_RULE } from '../src/model/cliffRule.ts';
import { spreadOf } from '../src/risk/yield/spread.ts';
import { appendYieldDays, appendYieldPools } from '../src/store/duckdb/loads/appendYieldRows.ts';
import { deriveYieldFacts } from '../src/store/duckdb/loads/deriveYieldFacts.ts';
import { migrateStore } from '../src/store/duckdb/migrateStore.ts';
import { createSession, type Session } from '../src/store/duckdb/session.ts';
import type { YieldDayRow } from '../src/store/yieldStore.ts';

const R = CLIFF_RULE;
const START = '2024-01-01' as Day;

/** The cliff rule of model/cliffRule.ts, written out day by day: the reference the store's SQL must match. */
function reference(days: readonly YieldDayRow[]) {
  const known = days
    .map((d) => ({
      ...d,
      r: d.apyReward ?? (d.apy !== null && d.apyBase !== null ? Math.max(0, d.apy - d.apyBase) : null),
    }))
    .filter((d): d is YieldDayRow & { r: number } => d.r !== null);
  const byPool = new Map<string, (YieldDayRow & { r: number })[]>();
  for (const d of known) byPool.set(d.pool, [...(byPool.get(d.pool) ?? []), d]);
  const episodes: {
    pool: string;
    day: Day;
    sustained: boolean | null;
    change30: number | null;
    change90: number | null;
  }[] = [];
  const controls = new Map<string, number[]>();
  for (const [pool, rows] of byPool) {
    rows.sort((a, b) => a.day.localeCompare(b.day));
    const within = (d: Day, from: number, to: number) =>
      rows.filter((x) => x.day > addDays(d, from - 1) && x.day <= addDays(d, to));
    const eligible = (x: (typeof rows)[number]) =>
      x.r >= R.minRewardApy && (x.apy ?? (x.apyBase ?? 0) + x.r) <= R.maxApy && x.tvlUsd >= R.minTvlUsd;
    const starts = (x: (typeof rows)[number]) =>
      eligible(x) && within(x.day, 1, R.windowDays).some((y) => y.r < R.fall * x.r);
    const change = (x: (typeof rows)[number], h: number) => {
      const end = within(x.day, h - R.outcomeSlackDays + 1, h).at(-1);
      return end ? end.tvlUsd / x.tvlUsd - 1 : null;
    };
    rows.forEach((x, i) => {
      const next = rows[i + 1];
      if (starts(x) && !(next && next.day === addDays(x.day, 1) && starts(next))) {
        const after = within(x.day, R.windowDays + 1, R.windowDays + R.sustainDays);
        episodes.push({
          pool,
          day: x.day,
          sustained: after.length === 0 ? null : Math.max(...after.map((y) => y.r)) < R.fall * x.r,
          change30: change(x, 30),
          change90: change(x, 90),
        });
      }
      for (const h of R.horizons) {
        const c = change(x, h);
        if (eligible(x) && c !== null && within(x.day, 1, h).every((y) => y.r >= R.fall * x.r))
          controls.set(`${x.day}/${h}`, [...(controls.get(`${x.day}/${h}`) ?? []), c]);
      }
    });
  }
  return { episodes, controls };
}

/** Pool histories with gaps, unknown rewards, small pools and falls (some lasting, some not). */
const histories = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 20, max: 160 }),
      tvl: fc.constantFrom(8_000, 10_500, 14_000, 19_000, 60_000, 1_500_000),
      segment: fc.integer({ min: 2, max: 12 }),
      steps: fc.array(
        fc.record({
          skip: fc.integer({ min: 0, max: 9 }),
          reward: fc.constantFrom(0, 0.5, 2, 5, 12, 40, 2000),
          move: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
          unknown: fc.integer({ min: 0, max: 14 }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
    { minLength: 2, maxLength: 7 },
  )
  .map((pools) =>
    pools.flatMap((p, i) => {
      const rows: YieldDayRow[] = [];
      let tvl: number = p.tvl;
      for (let d = 0; d < p.length; d++) {
        const step = p.steps[d % p.steps.length] as (typeof p.steps)[number];
        if (step.skip === 0 && d % 3 === 1) continue;
        tvl = Math.max(0, Math.round(tvl * (1 + step.move / 10)));
        const reward = p.steps[Math.floor(d / p.segment) % p.steps.length]?.reward ?? 0;
        const base = 1 + (d % 5);
        rows.push({
          pool: `pool-${i}`,
          day: addDays(START, p.start + d),
          tvlUsd: tvl,
          apy: base + reward,
          apyBase: step.unknown === 0 ? null : base,
          apyReward: step.unknown === 0 || reward === 0 ? null : reward,
          supplyUsd: null,
          borrowUsd: null,
          apyBaseBorrow: null,
          apyRewardBorrow: null,
        });
      }
      return rows;
    }),
  );

const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('the incentive-cliff facts the store derives (the DuckDB load `deriveYieldFacts`)', () => {
  let instance: DuckDBInstance;
  let session: Session;
  before(async () => {
    instance = await DuckDBInstance.create(':memory:');
    session = createSession(await instance.connect(), { path: ':memory:', onFault: () => undefined });
    await migrateStore(session);
  });
  after(() => instance.closeSync());

  it('are the episodes and control groups of the rule, day by day, on random histories', async () => {
    let episodes = 0;
    let sustained = 0;
    let controls = 0;
    await fc.assert(
      fc.asyncProperty(histories, async (days) => {
        let derived: {
          episodes: {
            pool: string;
            day: Day;
            sustained: boolean | null;
            change_30: number | null;
            change_90: number | null;
          }[];
          controls: { day: Day; horizon: number; pools: number; median_change: number }[];
        } = { episodes: [], controls: [] };
        await session.inTransaction(async () => {
          const { tx } = session;
          await tx.run("DELETE FROM yield_pools WHERE dataset = 'synthetic'");
          await tx.run("DELETE FROM yield_pool_days WHERE dataset = 'synthetic'");
          const pools = [...new Set(days.map((d) => d.pool))];
          await appendYieldPools(
            tx,
            'synthetic',
            pools.map((pool) => ({
              pool,
              project: 'p',
              chain: 'base' as ChainId,
              symbol: 'X',
              category: null,
              poolMeta: null,
              rewardTokens: null,
              underlyingTokens: null,
              stablecoin: null,
              exposure: null,
              place: pool,
            })),
          );
          await appendYieldDays(tx, 'synthetic', days);
          await deriveYieldFacts(tx);
          derived = {
            episodes: await tx.rows(
              `SELECT pool, strftime(day, '%Y-%m-%d') AS day, sustained, change_30, change_90 FROM yield_cliff_episodes ORDER BY pool, day`,
            ),
            controls: await tx.rows(
              `SELECT strftime(day, '%Y-%m-%d') AS day, horizon, pools::DOUBLE AS pools, median_change FROM yield_control_days ORDER BY day, horizon`,
            ),
          };
        });
        const want = reference(days);
        episodes += want.episodes.length;
        sustained += want.episodes.filter((e) => e.sustained).length;
        controls += want.controls.size;
        assert.deepEqual(
          derived.episodes.map((e) => `${e.pool}/${e.day}/${e.sustained}`),
          want.episodes.map((e) => `${e.pool}/${e.day}/${e.sustained}`),
        );
        derived.episodes.forEach((e, i) => {
          assert.ok(near(e.change_30, want.episodes[i]?.change30 ?? null), `change30 of ${e.pool} ${e.day}`);
          assert.ok(near(e.change_90, want.episodes[i]?.change90 ?? null), `change90 of ${e.pool} ${e.day}`);
        });
        assert.deepEqual(
          derived.controls.map((c) => `${c.day}/${c.horizon}/${c.pools}`),
          [...want.controls]
            .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
            .map(([k, v]) => `${k}/${v.length}`),
        );
        for (const c of derived.controls)
          assert.ok(
            near(c.median_change, spreadOf(want.controls.get(`${c.day}/${c.horizon}`) ?? [])?.median ?? null),
          );
      }),
      { numRuns: 15 },
    );
    assert.ok(
      episodes > 20 && sustained > 3 && controls > 100,
      `${episodes} episodes, ${sustained} sustained, ${controls} control days`,
    );
  });
});
