import { z } from 'zod';

const amount = z.number().finite().nonnegative('must not be negative');

/** A reserve's interest-rate model (Aave v3 `DefaultReserveInterestRateStrategy`), fractions per year. */
export const RateModelInput = z.strictObject({
  baseRate: amount,
  slope1: amount,
  slope2: amount,
  optimalUtilization: z.number().gt(0).lt(1, 'the optimal utilisation must be below 1'),
  reserveFactor: z.number().min(0).max(1),
});

/**
 * A market to wind down (README, "Lending wind-down"): reserves per chain (asset units, USD prices) with
 * their rate models, and supplier claims, each on a reserve the file lists.
 */
export const WindDownInput = z
  .strictObject({
    name: z.string().default('wind-down'),
    assumptions: z.array(z.string()).default([]),
    reserves: z
      .array(
        z.strictObject({
          chain: z.string().min(1),
          asset: z.string().min(1),
          price: z.number().finite().positive('a price must be above 0'),
          supplied: amount,
          borrowed: amount,
          rates: RateModelInput,
        }),
      )
      .min(1, 'no reserves'),
    suppliers: z
      .array(
        z.strictObject({
          supplier: z.string().min(1),
          chain: z.string().min(1),
          asset: z.string().min(1),
          amount,
        }),
      )
      .default([]),
  })
  .superRefine((f, ctx) => {
    const known = new Set(f.reserves.map((r) => `${r.chain}/${r.asset}`));
    f.suppliers.forEach((s, i) => {
      if (!known.has(`${s.chain}/${s.asset}`))
        ctx.addIssue({
          code: 'custom',
          message: `no reserve ${s.asset} on ${s.chain}`,
          path: ['suppliers', i],
        });
    });
  });
export type WindDownInput = z.output<typeof WindDownInput>;
