import { z } from 'zod';
import { appendTo } from '../../core/appendTo.ts';
import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import { checkRateModel, MATCH_TOLERANCE, type ObservedRates } from '../../risk/yield/checkRateModel.ts';
import { aaveV3RateStrategies } from '../../sources/files/aaveV3RateStrategies.ts';
import { aaveV3ReserveRates } from '../../sources/files/aaveV3ReserveRates.ts';
import type { Store } from '../../store/store.ts';
import type { RateStrategyRow, ReserveRateDay } from '../../store/yieldStore.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { DaySchema, Flag, parseParameters } from '../parameters.ts';
import { checkAsOf } from '../provenance.ts';
import { DatasetDocument, DayText } from './yieldSchemas.ts';

/** `faultline yield rates`, `GET /api/v1/yield/rate-model`: a chain or market, an asset, the last day checked. */
export const YieldRateModelParameters = z.strictObject({
  asOf: DaySchema.optional().describe('check only days on or before this one (default: all)'),
  market: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('a chain or Aave market: linea, aave-v3-linea'),
  asset: z.string().trim().min(1).max(100).optional().describe('an asset by symbol or address'),
  series: Flag.describe('include each checked day (implied utilisation, observed and modelled borrow rate)'),
});
export type YieldRateModelParameters = z.input<typeof YieldRateModelParameters>;

/** The rate-model check as the engine takes it. */
export type YieldRateModelQuery = {
  asOf?: Day | null;
  market?: string | null;
  asset?: string | null;
  series?: boolean;
};

const Reserve = z.object({ market: z.string(), chain: z.string(), asset: z.string(), symbol: z.string() });
const Rate = z.number().nullable();

/** One reserve checked against its stated strategy (rates are APRs as fractions). */
const CheckedReserve = Reserve.extend({
  strategy: z.object({
    source: z.string(),
    asOf: DayText,
    optimalUsageRatio: z.number(),
    baseVariableBorrowRate: z.number(),
    variableRateSlope1: z.number(),
    variableRateSlope2: z.number(),
    reserveFactor: z.number(),
  }),
  days: z.number().int(),
  checked: z.number().int(),
  inconsistent: z.number().int(),
  matched: z.number().int(),
  absError: z.object({ median: z.number(), p90: z.number(), max: z.number() }).nullable(),
  matchedFrom: DayText.nullable(),
  matchedThrough: DayText.nullable(),
  changedBy: DayText.nullable(),
  lastMatched: DayText.nullable(),
  reserveFactorAgrees: z.boolean().nullable(),
  latest: z
    .object({ day: DayText, utilisation: Rate, supplyRate: z.number(), borrowRate: z.number() })
    .nullable(),
  series: z
    .array(z.object({ day: DayText, utilisation: z.number(), observed: z.number(), modelled: z.number() }))
    .nullable(),
});

/**
 * `faultline.yield-rate-model/v1`: Faultline's rate model checked against observed Aave reserve rates.
 * `asOf` is the day asked (`asked`), else the newest day of the rates.
 */
export const YieldRateModelResult = documentSchema('faultline.yield-rate-model/v1', {
  asked: DayText.nullable(),
  reserveCoverage: z.object({
    reserves: z.number().int(),
    withStrategy: z.number().int(),
    /** Reserves whose strategy reproduced at least one day within the tolerance. */
    matchedSomeDay: z.number().int(),
    tolerance: z.number(),
  }),
  datasets: z.array(DatasetDocument),
  reserves: z.array(CheckedReserve),
  /** Reserves with rates but no stated strategy: their curve is not known, so they are not checked. */
  unknownStrategy: z.array(Reserve.extend({ days: z.number().int(), firstDay: DayText, lastDay: DayText })),
});
export type YieldRateModelResult = z.infer<typeof YieldRateModelResult>;

const matchesMarket = (q: string | null, market: string, chain: string) =>
  q === null || q.toLowerCase() === market || normaliseChain(q) === chain;
const matchesAsset = (q: string | null, asset: string, symbol: string) =>
  q === null || q.toLowerCase() === asset || q.toLowerCase() === symbol.toLowerCase();

/**
 * Checks Faultline's rate model (Aave's DefaultReserveInterestRateStrategy, risk/lending/interestRate.ts)
 * against every Aave reserve whose strategy a governance report states: the utilisation each day's
 * rates imply, the modelled borrow rate there, the error per reserve, and when the stated curve stopped
 * reproducing the rates (a governance change); reserves without a stated strategy are listed apart.
 * @example await yieldRateModel(app, { market: 'linea', asset: 'USDC' })
 */
export async function yieldRateModel(
  app: App,
  parameters: YieldRateModelParameters,
): Promise<YieldRateModelResult> {
  const p = parseParameters(YieldRateModelParameters, parameters, 'yield rates');
  const store = await app.store();
  await checkAsOf(app, p.asOf ?? null, [aaveV3ReserveRates.id]);
  return yieldRateModelOf(store, {
    asOf: p.asOf ?? null,
    market: p.market ?? null,
    asset: p.asset ?? null,
    series: p.series,
  });
}

/** `yieldRateModel` on a store (what tests without an app use). */
export async function yieldRateModelOf(
  store: Store,
  query: YieldRateModelQuery,
): Promise<YieldRateModelResult> {
  const params = {
    asOf: query.asOf ?? null,
    market: query.market ?? null,
    asset: query.asset ?? null,
    series: query.series ?? false,
  };
  const [rates, strategies] = await Promise.all([store.reserveRates(), store.rateStrategies()]);
  const byReserve = new Map<string, ReserveRateDay[]>();
  for (const r of rates)
    if (
      (params.asOf === null || r.day <= params.asOf) &&
      matchesMarket(params.market, r.market, r.chain) &&
      matchesAsset(params.asset, r.asset, r.symbol)
    )
      appendTo(byReserve, `${r.market}\u0000${r.asset}`, r);
  const stated = new Map<string, RateStrategyRow>();
  for (const s of strategies) {
    const key = `${s.market}\u0000${s.asset}`;
    const before = stated.get(key);
    if (!before || s.asOf > before.asOf) stated.set(key, s);
  }
  const reserves: YieldRateModelResult['reserves'] = [];
  const unknownStrategy: YieldRateModelResult['unknownStrategy'] = [];
  for (const [key, days] of byReserve) {
    const first = days[0] as ReserveRateDay;
    const last = days.at(-1) as ReserveRateDay;
    const reserve = { market: first.market, chain: first.chain, asset: first.asset, symbol: last.symbol };
    const s = stated.get(key);
    if (!s) {
      unknownStrategy.push({ ...reserve, days: days.length, firstDay: first.day, lastDay: last.day });
      continue;
    }
    const observed: ObservedRates[] = days.map((d) => ({
      day: d.day,
      supplyRate: d.liquidityRate,
      borrowRate: d.variableBorrowRate,
      reserveFactor: d.reserveFactor,
    }));
    const {
      strategy: _,
      series,
      ...check
    } = checkRateModel(observed, {
      baseRate: s.baseVariableBorrowRate,
      slope1: s.variableRateSlope1,
      slope2: s.variableRateSlope2,
      optimalUtilization: s.optimalUsageRatio,
      reserveFactor: s.reserveFactor,
      asOf: s.asOf,
      source: s.file,
    });
    reserves.push({
      ...reserve,
      strategy: {
        source: s.file,
        asOf: s.asOf,
        optimalUsageRatio: s.optimalUsageRatio,
        baseVariableBorrowRate: s.baseVariableBorrowRate,
        variableRateSlope1: s.variableRateSlope1,
        variableRateSlope2: s.variableRateSlope2,
        reserveFactor: s.reserveFactor,
      },
      ...check,
      latest: {
        day: last.day,
        utilisation: series.at(-1)?.day === last.day ? (series.at(-1)?.utilisation ?? null) : null,
        supplyRate: last.liquidityRate,
        borrowRate: last.variableBorrowRate,
      },
      series: params.series ? series : null,
    });
  }
  const lastOf = (xs: readonly { day: Day }[]) =>
    xs.reduce<Day | null>((m, x) => (m === null || x.day > m ? x.day : m), null);
  const ratesThrough = lastOf(rates);
  const strategiesThrough = lastOf(strategies.map((s) => ({ day: s.asOf })));
  const firstOf = (xs: readonly { day: Day }[]) =>
    xs.reduce<Day | null>((m, x) => (m === null || x.day < m ? x.day : m), null);
  const dataset = (
    d: { id: string; title: string; caveats: readonly string[] },
    xs: readonly { day: Day }[],
  ) => ({
    dataset: d.id,
    title: d.title,
    caveats: [...d.caveats],
    firstDay: firstOf(xs),
    lastDay: lastOf(xs),
  });
  const read = [aaveV3ReserveRates, aaveV3RateStrategies].filter((d) =>
    d === aaveV3ReserveRates ? ratesThrough !== null : strategiesThrough !== null,
  );
  return YieldRateModelResult.parse({
    schema: 'faultline.yield-rate-model/v1',
    asOf: params.asOf ?? ratesThrough,
    dataThrough: {
      ...(ratesThrough ? { [aaveV3ReserveRates.id]: ratesThrough } : {}),
      ...(strategiesThrough ? { [aaveV3RateStrategies.id]: strategiesThrough } : {}),
    },
    coverage: null,
    sources: read.map((d) => ({ id: d.id, title: d.title, kind: 'dataset' })),
    asked: params.asOf,
    reserveCoverage: {
      reserves: byReserve.size,
      withStrategy: reserves.length,
      matchedSomeDay: reserves.filter((r) => r.matched > 0).length,
      tolerance: MATCH_TOLERANCE,
    },
    datasets: [
      dataset(aaveV3ReserveRates, rates),
      dataset(
        aaveV3RateStrategies,
        strategies.map((s) => ({ day: s.asOf })),
      ),
    ],
    reserves: reserves.sort((a, b) => a.market.localeCompare(b.market) || a.symbol.localeCompare(b.symbol)),
    unknownStrategy: unknownStrategy.sort(
      (a, b) => a.market.localeCompare(b.market) || a.symbol.localeCompare(b.symbol),
    ),
  });
}
