import { relative } from 'node:path';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import { restakingStack } from '../../risk/yield/restakingStack.ts';
import {
  DEFAULT_RESTAKING_STACKS_FILE,
  readRestakingStacks,
} from '../../sources/files/readRestakingStacks.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import { DayInput, DayText, parseParameters, SourceDocument } from './yieldSchemas.ts';
import { yieldSources } from './yieldSources.ts';

/** `restakingYieldStack` parameters: the liquid restaking token (as the stacks file names it) and the day. */
export const RestakingYieldStackParameters = z.object({
  token: z.string().min(1),
  asOf: DayInput.nullable().default(null),
});
export type RestakingYieldStackParameters = z.infer<typeof RestakingYieldStackParameters>;

const PoolDocument = z.object({
  pool: z.string(),
  project: z.string(),
  symbol: z.string(),
  chain: z.string(),
  tvlUsd: z.number(),
  apy: z.number().nullable(),
  apyBase: z.number().nullable(),
  apyReward: z.number().nullable(),
});

/** `faultline.yield-stack/v1`: a liquid restaking token's yield layer by layer, and what an exit still earns. */
export const RestakingYieldStackResult = z.object({
  schema: z.literal('faultline.yield-stack/v1'),
  asOf: DayText.nullable(),
  day: DayText.nullable(),
  token: z.string(),
  project: z.string(),
  restakesOn: z.string(),
  exitDays: z.number().int(),
  dataThrough: z.record(z.string(), DayText),
  coverage: z.object({ layers: z.number().int(), knownLayers: z.number().int() }),
  sources: z.array(SourceDocument),
  /** The stacks file that says what each layer is and how an exit treats it. */
  stacksFile: z.string(),
  pool: PoolDocument.nullable(),
  benchmark: PoolDocument.nullable(),
  layers: z.array(
    z.object({
      id: z.enum(['eth-staking', 'avs-rewards', 'token-incentives', 'points']),
      label: z.string(),
      /** Percent a year; null when unknown (never zero). */
      apy: z.number().nullable(),
      basis: z.enum(['data', 'inferred', 'unknown']),
      note: z.string(),
      duringExit: z.boolean(),
      why: z.string(),
      source: z.string(),
      confidence: z.enum(['documented', 'assumed']),
    }),
  ),
  knownApy: z.number().nullable(),
  /** What the known layers still pay during the exit window (percent a year). */
  duringExitApy: z.number().nullable(),
  unknownLayers: z.array(z.string()),
});
export type RestakingYieldStackResult = z.infer<typeof RestakingYieldStackResult>;

const poolDoc = (p: PoolYield | null) =>
  p && {
    pool: p.pool,
    project: p.project,
    symbol: p.symbol,
    chain: p.chain,
    tvlUsd: p.tvlUsd,
    apy: p.apy,
    apyBase: p.apyBase,
    apyReward: p.apyReward,
  };

/** The largest pool of `pools` with `symbol` on `chain` (case-insensitive), or null. */
const pick = (pools: readonly PoolYield[], symbol: string, chain: string) =>
  pools
    .filter((p) => p.symbol.toLowerCase() === symbol.toLowerCase() && p.chain === normaliseChain(chain))
    .sort((a, b) => b.tvlUsd - a.tvlUsd)[0] ?? null;

/**
 * A liquid restaking token's yield stack on its newest day with data on or before `asOf`: ETH staking
 * (the staking benchmark's base APY), restaking rewards (the token's base APY above it), token
 * incentives (its reward APY) and points (unpriced), each with whether an exit through the 14-day
 * withdrawal queue still earns it. Layers the data cannot give are unknown, never zero.
 * @example await restakingYieldStack({ store, index }, { token: 'weETH' })
 */
export async function restakingYieldStack(
  deps: YieldDeps & { stacksFile?: string },
  input: z.input<typeof RestakingYieldStackParameters>,
): Promise<RestakingYieldStackResult> {
  const params = parseParameters(RestakingYieldStackParameters, input);
  const file = deps.stacksFile ?? DEFAULT_RESTAKING_STACKS_FILE;
  const stacks = readRestakingStacks(file);
  const spec = stacks.tokens.find((t) => t.token.toLowerCase() === params.token.trim().toLowerCase());
  if (!spec)
    throw new ValidationError(
      `unknown restaking token "${params.token}"; known: ${stacks.tokens.map((t) => t.token).join(', ')}`,
      { field: 'token', source: file },
    );
  const found = await subjectPools(deps, { kind: 'protocol', id: spec.project }, params.asOf);
  const pool = pick(found.pools, spec.symbol, spec.chain);
  const bench = stacks.stakingBenchmark;
  const benchmark =
    found.day === null
      ? null
      : pick(
          (await subjectPools(deps, { kind: 'protocol', id: bench.project }, found.day)).pools.filter(
            (p) => p.day === found.day,
          ),
          bench.symbol,
          bench.chain,
        );
  const stack = restakingStack(stacks.layers, pool, benchmark);
  const used = new Set([pool, benchmark].flatMap((p) => (p ? [p.dataset] : [])));
  const { sources, dataThrough } = await yieldSources(deps.store, used);
  return RestakingYieldStackResult.parse({
    schema: 'faultline.yield-stack/v1',
    asOf: params.asOf,
    day: pool ? found.day : null,
    token: spec.token,
    project: spec.project,
    restakesOn: spec.restakesOn,
    exitDays: stacks.exitDays,
    dataThrough,
    coverage: { layers: stack.layers.length, knownLayers: stack.layers.length - stack.unknownLayers.length },
    sources,
    stacksFile: relative(process.cwd(), file) || file,
    pool: poolDoc(pool),
    benchmark: poolDoc(benchmark),
    layers: stack.layers,
    knownApy: stack.knownApy,
    duringExitApy: stack.duringExitApy,
    unknownLayers: stack.unknownLayers,
  });
}
