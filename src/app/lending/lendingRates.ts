import { z } from 'zod';
import { interestRates } from '../../risk/lending/interestRate.ts';
import { documentSchema, inputMeta } from '../document.ts';
import { NumberParam, parseParameters } from '../parameters.ts';

const rate = (what: string) =>
  NumberParam.pipe(z.number().min(0, 'must not be negative')).describe(`${what}, a fraction a year`);

export const LendingRatesParameters = z.strictObject({
  utilization: NumberParam.pipe(z.number().min(0).max(1, 'a utilisation is at most 1')).describe(
    'utilisation, a fraction',
  ),
  base: rate('base rate').default(0),
  slope1: rate('slope below the optimal utilisation'),
  slope2: rate('slope above it'),
  optimal: NumberParam.pipe(z.number().gt(0, 'must be in (0, 1)').lt(1, 'must be in (0, 1)')).describe(
    'optimal utilisation, a fraction',
  ),
  reserveFactor: NumberParam.pipe(z.number().min(0).max(1)).default(0).describe('reserve factor, a fraction'),
});
export type LendingRatesParameters = z.input<typeof LendingRatesParameters>;

/** `faultline.lending-rates/v1`: Aave v3's borrow and supply rate at a utilisation (fractions a year). */
export const LendingRatesResult = documentSchema('faultline.lending-rates/v1', {
  borrowRate: z.number(),
  supplyRate: z.number(),
  utilization: z.number(),
  unit: z.literal('fraction per year'),
  model: z.strictObject({
    baseRate: z.number(),
    slope1: z.number(),
    slope2: z.number(),
    optimalUtilization: z.number(),
    reserveFactor: z.number(),
  }),
});
export type LendingRatesResult = z.infer<typeof LendingRatesResult>;

/**
 * Aave v3's `DefaultReserveInterestRateStrategy` at a utilisation (MODELS §7): the borrow rate on its
 * two slopes and the supply rate r_b·U·(1 − RF).
 */
export async function lendingRates(parameters: LendingRatesParameters): Promise<LendingRatesResult> {
  const p = parseParameters(LendingRatesParameters, parameters, 'lending rates');
  const model = {
    baseRate: p.base,
    slope1: p.slope1,
    slope2: p.slope2,
    optimalUtilization: p.optimal,
    reserveFactor: p.reserveFactor,
  };
  return {
    schema: 'faultline.lending-rates/v1',
    ...inputMeta('the rate model and utilisation given'),
    ...interestRates(p.utilization, model),
    utilization: p.utilization,
    unit: 'fraction per year',
    model,
  };
}
