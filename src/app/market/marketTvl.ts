import { z } from 'zod';
import { chainMarketTvl } from '../../analytics/chainMarketTvl.ts';
import { UsageError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { App } from '../createApp.ts';
import { type Coverage, documentSchema } from '../document.ts';
import { IntParam, parseParameters } from '../parameters.ts';
import { provenance, TVL_SOURCES } from '../provenance.ts';
import { resolveProtocol } from '../resolveProtocol.ts';
import { flaggedPrices, snapshotMeta, storedSnapshot } from './storedSnapshot.ts';

export const MarketTvlParameters = z.strictObject({
  market: z.string().min(1).max(200).describe('a stored chain snapshot (faultline market read)'),
  block: IntParam.pipe(z.number().int().nonnegative())
    .optional()
    .describe('the newest snapshot at or before this block (default: the newest)'),
  protocol: z.string().min(1).max(200).optional().describe("DefiLlama's protocol to compare with"),
  chain: z.string().min(1).max(200).optional().describe("DefiLlama's chain to compare on"),
});
export type MarketTvlParameters = z.input<typeof MarketTvlParameters>;

const ReserveTvl = z.strictObject({
  asset: z.string(),
  priceUsd: z.number(),
  suppliedUsd: z.number(),
  borrowedUsd: z.number(),
  tvlUsd: z.number().describe('supplied − borrowed (USD)'),
  heldUsd: z.number().describe("underlying the aToken holds: DefiLlama's Aave v3 definition (USD)"),
});

/**
 * `faultline.market-tvl/v1`: a market's TVL from chain (Σ (supplied − borrowed) × oracle price, and Σ
 * held × price), per reserve, beside DefiLlama's stored figure for the same protocol, chain and day when
 * asked, the difference explained.
 */
export const MarketTvlResult = documentSchema('faultline.market-tvl/v1', {
  market: z.string(),
  chainId: z.number().int(),
  block: z.number().int(),
  day: z.string(),
  suppliedUsd: z.number(),
  borrowedUsd: z.number(),
  tvlUsd: z.number(),
  heldUsd: z.number(),
  reserves: z.array(ReserveTvl),
  unpriced: z.array(z.string()).describe('reserves left out: the oracle gives no price'),
  flaggedPrices: z.array(z.strictObject({ asset: z.string(), problem: z.string() })),
  comparison: z
    .strictObject({
      protocol: z.string(),
      chain: z.string(),
      defillamaUsd: z.number().nullable(),
      differenceUsd: z.number().nullable().describe('tvlUsd − defillamaUsd'),
      explanation: z.array(z.string()),
    })
    .nullable(),
});
export type MarketTvlResult = z.infer<typeof MarketTvlResult>;

/**
 * The market's TVL from chain (Σ supplied − borrowed, priced at the oracle), beside DefiLlama's stored
 * figure for the same day when a protocol and chain are given, the difference explained; the chain
 * figure on DefiLlama's own definition (held) is the coverage of DefiLlama's.
 */
export async function marketTvl(app: App, parameters: MarketTvlParameters): Promise<MarketTvlResult> {
  const p = parseParameters(MarketTvlParameters, parameters, 'market tvl');
  if ((p.protocol === undefined) !== (p.chain === undefined))
    throw new UsageError(
      'give protocol and chain together (the DefiLlama figure to compare with), or neither',
      {
        field: p.protocol === undefined ? 'protocol' : 'chain',
      },
    );
  const store = await app.store();
  const snapshot = await storedSnapshot(store, p.market, p.block);
  const { market, ...tvl } = chainMarketTvl(snapshot);
  const meta = snapshotMeta(snapshot);
  if (p.protocol === undefined || p.chain === undefined)
    return {
      schema: 'faultline.market-tvl/v1',
      ...meta,
      market,
      chainId: snapshot.chainId,
      ...tvl,
      flaggedPrices: flaggedPrices(snapshot),
      comparison: null,
    };
  const identity = resolveProtocol(await app.tvl(), p.protocol);
  const chain = normaliseChain(p.chain);
  const points = await store.tvlPointsOn(
    { chains: [chain], protocols: [identity.id, ...identity.keys], to: snapshot.day, classes: new Map() },
    snapshot.day,
  );
  const counted = points.filter((x) => x.section === 'tvl' && x.flag === null);
  const defillamaUsd = counted.length > 0 ? counted.reduce((s, x) => s + x.usd, 0) : null;
  const coverage: Coverage = {
    day: snapshot.day,
    publishedUsd: defillamaUsd,
    explainedUsd: tvl.heldUsd,
    share: defillamaUsd ? tvl.heldUsd / defillamaUsd : null,
    note: `the chain's held underlying (DefiLlama's Aave v3 definition) over DefiLlama's ${identity.id} on ${chain} for ${snapshot.day}`,
  };
  const llama = await provenance(app, TVL_SOURCES, snapshot.day);
  return {
    schema: 'faultline.market-tvl/v1',
    asOf: meta.asOf,
    dataThrough: { ...meta.dataThrough, ...llama.dataThrough },
    coverage,
    sources: [...meta.sources, ...llama.sources],
    market,
    chainId: snapshot.chainId,
    ...tvl,
    flaggedPrices: flaggedPrices(snapshot),
    comparison: {
      protocol: identity.id,
      chain,
      defillamaUsd,
      differenceUsd: defillamaUsd === null ? null : tvl.tvlUsd - defillamaUsd,
      explanation: [
        'DefiLlama counts the underlying the aTokens hold (here heldUsd); supplied − borrowed also counts interest accrued but not yet paid in, and unbacked supply.',
        'DefiLlama prices tokens with its coins API at its own hour of the day; the chain figure uses the market oracle at the block.',
        ...(defillamaUsd === null
          ? [`DefiLlama has no stored ${identity.id} point on ${chain} for ${snapshot.day}.`]
          : []),
      ],
    },
  };
}
