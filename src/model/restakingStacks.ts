import { z } from 'zod';

/** One layer of a liquid restaking token's yield, as the stacks file describes it. */
export const StackLayerSpec = z.object({
  id: z.enum(['eth-staking', 'avs-rewards', 'token-incentives', 'points']),
  label: z.string().min(1),
  /** Whether the layer keeps paying a holder during the exit window. */
  duringExit: z.boolean(),
  why: z.string().min(1),
  source: z.string().min(1),
  confidence: z.enum(['documented', 'assumed']),
});
export type StackLayerSpec = z.infer<typeof StackLayerSpec>;

/** A liquid restaking token and where its pool sits in the yields data. */
export const StackToken = z.object({
  token: z.string().min(1),
  project: z.string().min(1),
  symbol: z.string().min(1),
  chain: z.string().min(1),
  restakesOn: z.string().min(1),
  points: z.boolean(),
});
export type StackToken = z.infer<typeof StackToken>;

/** `registry/yield/restaking-stacks.json`: the layers, the staking benchmark and the tokens. */
export const RestakingStacksFile = z.object({
  note: z.string(),
  exitDays: z.number().int().positive(),
  stakingBenchmark: z.object({ project: z.string(), symbol: z.string(), chain: z.string(), why: z.string() }),
  layers: z.array(StackLayerSpec).length(4),
  tokens: z.array(StackToken).min(1),
});
export type RestakingStacksFile = z.infer<typeof RestakingStacksFile>;
