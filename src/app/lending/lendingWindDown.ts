import { z } from 'zod';
import { UsageError } from '../../core/errors.ts';
import type { WindDownInput } from '../../model/lendingWindDown.ts';
import { windDown } from '../../risk/lending/windDown.ts';
import { parseWindDown } from '../../sources/files/readWindDown.ts';
import type { App } from '../createApp.ts';
import { documentSchema, inputMeta } from '../document.ts';
import { marketWindDown } from '../market/marketWindDown.ts';
import { IntParam, NumberParam, parseParameters } from '../parameters.ts';
import { JsonInput, MarketParams } from './lendingParameters.ts';
import { BookSource } from './lendingSchemas.ts';

export const LendingWindDownParameters = z.strictObject({
  winddown: JsonInput.optional().describe('a market to wind down (README, "Lending wind-down")'),
  ...MarketParams,
  repayRate: NumberParam.pipe(z.number().min(0).max(1, 'a daily share in [0, 1]'))
    .default(0.01)
    .describe('share of outstanding debt repaid each day'),
  days: IntParam.pipe(z.number().int().min(1).max(3650)).default(730).describe('horizon in days'),
});
export type LendingWindDownParameters = z.input<typeof LendingWindDownParameters>;

const days = z.number().int().nullable().describe('days, or null beyond the horizon');

/**
 * `faultline.lending-winddown/v1`: a market switched to withdraw-only: per reserve and chain what can
 * leave now and what is stuck (USD), the borrow rate once drained, days until half and 99% is out, and a
 * pro-rata redistribution of today's liquidity to every supplier's claim.
 */
export const LendingWindDownResult = documentSchema('faultline.lending-winddown/v1', {
  name: z.string(),
  repayRatePerDay: z.number(),
  horizonDays: z.number().int(),
  reserves: z.array(
    z.strictObject({
      chain: z.string(),
      asset: z.string(),
      suppliedUsd: z.number(),
      borrowedUsd: z.number(),
      utilization: z.number(),
      withdrawableNowUsd: z.number(),
      stuckUsd: z.number(),
      borrowRateWhenDrained: z.number().describe('per year, a fraction'),
      daysToHalf: days,
      daysTo99: days,
    }),
  ),
  chains: z.array(
    z.strictObject({
      chain: z.string(),
      suppliedUsd: z.number(),
      withdrawableNowUsd: z.number(),
      stuckUsd: z.number(),
      daysTo99: days,
    }),
  ),
  redistribution: z.strictObject({
    poolUsd: z.number(),
    claimsUsd: z.number(),
    recovery: z.number(),
    suppliers: z.array(
      z.strictObject({
        supplier: z.string(),
        claimUsd: z.number(),
        returnedUsd: z.number(),
        recovery: z.number(),
      }),
    ),
  }),
  assumptions: z.array(z.string()),
  book: BookSource,
});
export type LendingWindDownResult = z.infer<typeof LendingWindDownResult>;

/**
 * A market in withdraw-only mode (ZeroLend's wind-down) on the reserves given (a request's `winddown`,
 * or `file`, a wind-down file a front end read) or on a stored chain snapshot's real reserves.
 */
export async function lendingWindDown(
  app: App,
  parameters: LendingWindDownParameters,
  file?: WindDownInput,
): Promise<LendingWindDownResult> {
  const p = parseParameters(LendingWindDownParameters, parameters, 'lending winddown');
  const given = [p.winddown !== undefined, file !== undefined, p.market !== undefined].filter(Boolean).length;
  if (given !== 1)
    throw new UsageError(
      given === 0
        ? 'give a wind-down file or a stored market (--market)'
        : 'give one of a wind-down file and a market',
      { field: 'market' },
    );
  if (p.market !== undefined) {
    const {
      meta,
      source,
      provenance: _,
      ...r
    } = await marketWindDown(
      { store: await app.store() },
      { market: p.market, block: p.block, repayRatePerDay: p.repayRate, horizonDays: p.days },
    );
    return { schema: 'faultline.lending-winddown/v1', ...meta, name: p.market, ...r, book: source };
  }
  if (p.block !== undefined)
    throw new UsageError('a block names a chain snapshot: it goes with --market', { field: 'block' });
  const input = file ?? parseWindDown(p.winddown, 'request body winddown');
  return {
    schema: 'faultline.lending-winddown/v1',
    ...inputMeta('the market to wind down given'),
    name: input.name,
    ...windDown(input.reserves, input.suppliers, p.repayRate, p.days),
    assumptions: input.assumptions,
    book: {
      kind: 'input',
      market: null,
      chainId: null,
      block: null,
      day: null,
      description: 'the reserves and supplier claims given',
      flaggedPrices: [],
    },
  };
}
