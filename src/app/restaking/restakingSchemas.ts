import { z } from 'zod';

/**
 * A coalition (A, B) in the network's unit: the services A it attacks, the validators B, π_A and σ_B, and
 * both sides written out exactly from the input decimals (what decides π_A > σ_B).
 */
export const AttackDocument = z.strictObject({
  services: z.array(z.string()),
  validators: z.array(z.string()),
  profit: z.number().describe('π_A, in the network unit'),
  stake: z.number().describe('σ_B, in the network unit'),
  exact: z.strictObject({ profit: z.string(), stake: z.string() }),
});

/** One validator's side of EigenLayer's sufficient condition (MODELS §6). */
export const ConditionRowDocument = z.strictObject({
  validator: z.string(),
  lhs: z.number().describe('Σ_{s∋v} (σ_v/σ_N(s))·π_s/α_s, in the network unit'),
  rhs: z.number().describe('σ_v, in the network unit'),
  holds: z.boolean(),
});

/** The worst cascade after a shock (R_ψ, MODELS §6). */
export const CascadeDocument = z.strictObject({
  psi: z.number().describe('the shock, a fraction of all stake'),
  shock: z.array(z.string()),
  loss: z.number().describe('R_ψ: the fraction of stake lost, the shock included'),
  bound: z.number().nullable().describe("Theorem 1's (1 + 1/γ)·ψ; null when γ is 0 or unknown"),
  method: z.enum(['exact', 'bound']),
  attackers: z.array(z.string()),
  services: z.array(z.string()),
});

/** The verdict on restaked ("on paper") stake, for EigenLayer files. */
export const OnPaperDocument = z.strictObject({
  secure: z.boolean(),
  gammaStar: z.number().nullable(),
  validAttack: AttackDocument.nullable(),
});

/** γ*'s bracket: the intersection of the exact search's and the relaxation's proven bounds. */
export const GammaBoundsDocument = z.strictObject({
  lower: z.number(),
  lowerSource: z.enum(['exact search', 'relaxation']),
  upper: z.number(),
  upperSource: z.enum(['exact search', 'relaxation']),
  width: z.number().describe('(upper − lower)/(1 + upper)'),
  exact: z.boolean(),
  exactSearch: z.strictObject({
    lower: z.number(),
    upper: z.number(),
    exact: z.boolean(),
    solves: z.number().int(),
  }),
  relaxation: z
    .strictObject({
      lower: z.number().nullable(),
      upper: z.number().nullable(),
      complete: z.boolean(),
      solves: z.number().int(),
    })
    .nullable()
    .describe('null when the exact search closed the bracket itself'),
});

/** Restaked against slashable stake per service, with its operator concentration. */
export const ServiceStakeDocument = z.strictObject({
  service: z.string(),
  operators: z.number().int(),
  restaked: z.number(),
  slashable: z.number(),
  slashableShare: z.number().nullable(),
  hhi: z.number().describe('Herfindahl–Hirschman index of operators’ restaked shares, 0..10,000'),
  nakamoto: z.number().int().describe('the fewest operators whose restaked stake reaches α'),
});

/** The network's stake: restaked vs slashable, leverage and overlaps (network unit). */
export const NetworkStakeDocument = z.strictObject({
  services: z.array(ServiceStakeDocument),
  leverage: z.number().describe('the same stake promised this many times over'),
  validatorLeverage: z.array(z.strictObject({ validator: z.string(), services: z.number().int() })),
  overlaps: z.array(z.strictObject({ a: z.string(), b: z.string(), share: z.number() })),
  restaked: z.number(),
  slashable: z.number(),
});

/** A liquid restaking token against the withdrawal delay (network unit; days). */
export const LiquidityDocument = z.strictObject({
  token: z.string(),
  value: z.number(),
  instantLiquidity: z.number(),
  stuck: z.number(),
  stuckShare: z.number(),
  delayDays: z.number(),
});

/** What the file marks as assumed rather than public record. */
export const AssumptionDocument = z.strictObject({ field: z.string(), text: z.string() });

/** The graph that was checked, to draw the coalition (network unit). */
export const CheckedGraphDocument = z.strictObject({
  validators: z.array(z.strictObject({ id: z.string(), stake: z.number() })),
  services: z.array(
    z.strictObject({
      id: z.string(),
      alpha: z.number(),
      profit: z.number(),
      validators: z.array(z.string()),
    }),
  ),
});
