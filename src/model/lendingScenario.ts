import { z } from 'zod';
import type { LendingScenario } from './lending.ts';

const move = z.number().finite().min(-1, 'a price cannot fall more than 100%');

/**
 * A stress scenario as a user writes it (README, "Lending scenarios"): shocks per asset (−0.4 = −40%),
 * assets that follow others (a symbol, beta 1, or `{asset, beta}`), depegs (fractions in [0, 1]), a stale
 * oracle and its behaviour, a sequencer outage, pools and their depth, a liquidity cut, and whether
 * liquidators operate. Unknown keys and out-of-range values are refused at their JSON path.
 */
export const LendingScenarioInput = z.strictObject({
  name: z.string().min(1).default('scenario'),
  shocks: z.record(z.string().min(1), move).default({}),
  follows: z
    .record(
      z.string().min(1),
      z.union([
        z
          .string()
          .min(1)
          .transform((asset) => ({ asset, beta: 1 })),
        z.strictObject({ asset: z.string().min(1), beta: z.number().finite() }),
      ]),
    )
    .default({}),
  depegs: z
    .record(z.string().min(1), z.number().min(0).max(1, 'a depeg is a fraction in [0, 1]'))
    .default({}),
  staleOracle: z
    .strictObject({ assets: z.array(z.string().min(1)).min(1), behaviour: z.enum(['accepted', 'frozen']) })
    .nullable()
    .default(null),
  sequencer: z.enum(['down', 'grace']).nullable().default(null),
  pools: z
    .record(
      z.string().min(1),
      z.strictObject({
        depthUsd: z.number().positive('pool depth must be above 0'),
        fee: z.number().min(0).lt(1).default(0.003),
      }),
    )
    .default({}),
  liquidityFactor: z.number().finite().positive('the liquidity factor must be above 0').default(1),
  liquidators: z.boolean().default(true),
}) satisfies z.ZodType<LendingScenario, unknown>;
export type LendingScenarioInput = z.input<typeof LendingScenarioInput>;
