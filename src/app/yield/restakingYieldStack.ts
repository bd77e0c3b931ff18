import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { NotFoundError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import { restakingStack } from '../../risk/yield/restakingStack.ts';
import {
  DEFAULT_RESTAKING_STACKS_FILE,
  readRestakingStacks,
} from '../../sources/files/readRestakingStacks.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { DaySchema, parseParameters } from '../parameters.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import { yieldDeps } from './yieldDeps.ts';
import { DatasetDocument, DayText } from './yieldSchemas.ts';
import { checkYieldAsOf, yieldSources } from './yieldSources.ts';

/** `faultline yield stack`, `GET /api/v1/yield/stack`: the liquid restaking token and the day. */
export const RestakingYieldStackParameters = z.strictObject({
  token: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('a liquid restaking token as the stacks registry names it: weETH, ezETH, rsETH'),
  asOf: DaySchema.optional().describe(
    "the token's newest day with data on or before this one (default: the newest)",
  ),
});
export type RestakingYieldStackParameters = z.input<typeof RestakingYieldStackParameters>;

/** The stack as the engine takes it. */
export type RestakingYieldStackQuery = { token: string; asOf?: Day | null };

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

/**
 * `faultline.yield-stack/v1`: a liquid restaking token's yield layer by layer, and what an exit still earns.
 * `asOf` is the day the figures are of (the token pool's newest on or before the day `asked`).
 */
export const RestakingYieldStackResult = documentSchema('faultline.yield-stack/v1', {
  asked: DayText.nullable(),
  token: z.string(),
  project: z.string(),
  restakesOn: z.string(),
  exitDays: z.number().int(),
  layerCoverage: z.object({ layers: z.number().int(), knownLayers: z.number().int() }),
  datasets: z.array(DatasetDocument),
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

/** The registry source of the layers: what each layer is and how an exit treats it. */
const STACKS_SOURCE = {
  id: 'registry',
  title:
    'restaking yield stacks (registry/yield/restaking-stacks.json): what each layer is, and whether an exit earns it',
  kind: 'registry',
} as const;

/**
 * A liquid restaking token's yield stack on its newest day with data on or before `asOf`: ETH staking
 * (the staking benchmark's base APY), restaking rewards (the token's base APY above it), token
 * incentives (its reward APY) and points (unpriced), each with whether an exit through the 14-day
 * withdrawal queue still earns it. Layers the data cannot give are unknown, never zero.
 * @example await restakingYieldStack(app, { token: 'weETH' })
 */
export async function restakingYieldStack(
  app: App,
  parameters: RestakingYieldStackParameters,
): Promise<RestakingYieldStackResult> {
  const p = parseParameters(RestakingYieldStackParameters, parameters, 'yield stack');
  const deps = await yieldDeps(app);
  await checkYieldAsOf(deps.store, p.asOf ?? null);
  return restakingYieldStackOf(deps, { token: p.token, asOf: p.asOf ?? null });
}

/** `restakingYieldStack` on a store and a protocol index, with another stacks file when given (tests). */
export async function restakingYieldStackOf(
  deps: YieldDeps & { stacksFile?: string },
  query: RestakingYieldStackQuery,
): Promise<RestakingYieldStackResult> {
  const params = { token: query.token, asOf: query.asOf ?? null };
  const file = deps.stacksFile ?? DEFAULT_RESTAKING_STACKS_FILE;
  const stacks = readRestakingStacks(file);
  const spec = stacks.tokens.find((t) => t.token.toLowerCase() === params.token.trim().toLowerCase());
  if (!spec)
    throw new NotFoundError(
      `unknown restaking token "${params.token}"; known: ${stacks.tokens.map((t) => t.token).join(', ')}`,
      { field: 'token' },
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
  const { sources, dataThrough, datasets } = await yieldSources(deps.store, used);
  return RestakingYieldStackResult.parse({
    schema: 'faultline.yield-stack/v1',
    asOf: pool ? found.day : null,
    dataThrough,
    coverage: null,
    sources: [...sources, STACKS_SOURCE],
    asked: params.asOf,
    token: spec.token,
    project: spec.project,
    restakesOn: spec.restakesOn,
    exitDays: stacks.exitDays,
    layerCoverage: {
      layers: stack.layers.length,
      knownLayers: stack.layers.length - stack.unknownLayers.length,
    },
    datasets,
    pool: poolDoc(pool),
    benchmark: poolDoc(benchmark),
    layers: stack.layers,
    knownApy: stack.knownApy,
    duringExitApy: stack.duringExitApy,
    unknownLayers: stack.unknownLayers,
  });
}
