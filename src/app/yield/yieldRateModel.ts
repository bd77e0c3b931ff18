import { z } from 'zod';
import { appendTo } from '../../core/appendTo.ts';
import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import { checkRateModel, MATCH_TOLERANCE, type ObservedRates } from '../../risk/yield/checkRateModel.ts';
import { aaveV3RateStrategies } from '../../sources/files/aaveV3RateStrategies.ts';
import { aaveV3ReserveRates } from '../../sources/files/aaveV3ReserveRates.ts';
import type { Store } from '../../store/store.ts';
import type { RateStrategyRow, ReserveRateDay } from '../../store/yieldStore.ts';
import { DayInput, DayText, parseParameters, SourceDocument } from './yieldSchemas.ts';

/** `yieldRateModel` parameters: a chain or market (`linea`, `aave-v3-linea`), an asset (symbol or address). */
export const YieldRateModelParameters = z.object({
  /** Only days on or before this one are checked (all when omitted). */
  asOf: DayInput.nullable().default(null),
  market: z.string().min(1).nullable().default(null),
  asset: z.string().min(1).nullable().default(null),
  /** Include each checked day (implied utilisation, observed and modelled borrow rate). */
  series: z.boolean().default(false),
});
export type YieldRateModelParameters = z.infer<typeof YieldRateModelParameters>;

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

/** `faultline.yield-rate-model/v1`: Faultline's rate model checked against observed Aave reserve rates. */
export const YieldRateModelResult = z.object({
  schema: z.literal('faultline.yield-rate-model/v1'),
  asOf: DayText.nullable(),
  dataThrough: z.record(z.string(), DayText),
  coverage: z.object({
    reserves: z.number().int(),
    withStrategy: z.number().int(),
    /** Reserves whose strategy reproduced at least one day within the tolerance. */
    matchedSomeDay: z.number().int(),
    tolerance: z.number(),
  }),
  sources: z.array(SourceDocument),
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
 * @example await yieldRateModel(store, { market: 'linea', asset: 'USDC' })
 */
export async function yieldRateModel(
  store: Store,
  input: z.input<typeof YieldRateModelParameters>,
): Promise<YieldRateModelResult> {
  const params = parseParameters(YieldRateModelParameters, input);
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
  const source = (
    d: { id: string; title: string; caveats: readonly string[] },
    xs: readonly { day: Day }[],
  ) => ({
    dataset: d.id,
    title: d.title,
    caveats: [...d.caveats],
    firstDay: firstOf(xs),
    lastDay: lastOf(xs),
  });
  return YieldRateModelResult.parse({
    schema: 'faultline.yield-rate-model/v1',
    asOf: params.asOf,
    dataThrough: {
      ...(ratesThrough ? { [aaveV3ReserveRates.id]: ratesThrough } : {}),
      ...(strategiesThrough ? { [aaveV3RateStrategies.id]: strategiesThrough } : {}),
    },
    coverage: {
      reserves: byReserve.size,
      withStrategy: reserves.length,
      matchedSomeDay: reserves.filter((r) => r.matched > 0).length,
      tolerance: MATCH_TOLERANCE,
    },
    sources: [
      source(aaveV3ReserveRates, rates),
      source(
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
