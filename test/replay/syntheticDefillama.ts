import { seededRandom, seedOf } from '../../src/core/seededRandom.ts';

/** The shape of the replayed DefiLlama universe: how many protocols, how many days, ending when. */
export type Universe = {
  protocols: number;
  days: number;
  endDay: string;
  tokens: boolean;
  /** Plant bad points in `proto-0001`'s first chain: a 10× one-day spike 10 days before the end and a negative value 5 days before. */
  anomalies?: boolean;
};

const CHAINS = ['Ethereum', 'Arbitrum', 'Base', 'Linea', 'zkSync Era', 'Bitcoin'];
const CATEGORIES = ['Lending', 'Dexs', 'Liquid Staking', 'Yield', 'Bridge', 'CDP'];
const TOKENS = [
  ['USDC', 1],
  ['WETH', 3000],
  ['WBTC', 60000],
] as const;
const DAY_S = 86_400;

/** The slug of protocol number `i` of the replayed universe. */
export const slugOf = (i: number) => `proto-${String(i).padStart(4, '0')}`;

/** `/protocols` as DefiLlama shapes it, for the replayed universe. */
export function protocolList(u: Universe): unknown[] {
  return Array.from({ length: u.protocols }, (_, i) => {
    const r = seededRandom(seedOf(slugOf(i)));
    const chains = chainsOf(r);
    return {
      id: String(1000 + i),
      name: `Proto ${i}`,
      slug: slugOf(i),
      category: CATEGORIES[Math.floor(r() * CATEGORIES.length)],
      chains,
      tvl: Math.round(r() * 1e9),
      chainTvls: Object.fromEntries(chains.map((c) => [c, Math.round(r() * 1e8)])),
      url: `https://proto${i}.example`,
      parentProtocol: null,
      logo: 'https://icons.llama.fi/x.png',
      change_1d: 0.1,
    };
  });
}

function chainsOf(r: () => number): string[] {
  const first = Math.floor(r() * CHAINS.length);
  return [
    CHAINS[first] as string,
    CHAINS[(first + 1 + Math.floor(r() * (CHAINS.length - 1))) % CHAINS.length] as string,
  ];
}

/**
 * `/protocol/{slug}` as DefiLlama shapes it: `chainTvls` per chain and `Chain-borrowed`, with `tokens`
 * (amounts) and `tokensInUsd` for the core section, the protocol-wide `tvl`, and the live tip (an item
 * dated now, as the real API ends). Deterministic per slug.
 */
export function protocolResponse(u: Universe, slug: string, nowSeconds: number): unknown {
  const r = seededRandom(seedOf(slugOf(Number(slug.slice(6)))));
  const chains = chainsOf(r);
  const category = CATEGORIES[Math.floor(r() * CATEGORIES.length)];
  const end = Date.parse(`${u.endDay}T00:00:00Z`) / 1000;
  const start = end - (u.days - 1) * DAY_S;
  const chainTvls: Record<string, unknown> = {};
  const total = new Map<number, number>();
  for (const chain of chains) {
    let level = 1e6 + r() * 5e8;
    const tvl: { date: number; totalLiquidityUSD: number }[] = [];
    const borrowed: { date: number; totalLiquidityUSD: number }[] = [];
    const tokens: { date: number; tokens: Record<string, number> }[] = [];
    const tokensInUsd: { date: number; tokens: Record<string, number> }[] = [];
    const split = TOKENS.map(() => 0.2 + r());
    const splitSum = split.reduce((a, b) => a + b, 0);
    for (let t = start; t <= end; t += DAY_S) {
      level *= Math.exp((r() - 0.5) * 0.06);
      const planted = u.anomalies && slug === 'proto-0001' && chain === chains[0];
      const usd =
        planted && t === end - 10 * DAY_S
          ? Math.round(level * 1000) / 100
          : planted && t === end - 5 * DAY_S
            ? -1234.5
            : Math.round(level * 100) / 100;
      tvl.push({ date: t, totalLiquidityUSD: usd });
      borrowed.push({ date: t, totalLiquidityUSD: Math.round(usd * 0.4 * 100) / 100 });
      total.set(t, (total.get(t) ?? 0) + usd);
      if (u.tokens) {
        const values = TOKENS.map(
          ([sym], k) => [sym, Math.round((usd * (split[k] as number)) / splitSum)] as const,
        );
        tokensInUsd.push({ date: t, tokens: Object.fromEntries(values) });
        tokens.push({
          date: t,
          tokens: Object.fromEntries(values.map(([sym, v], k) => [sym, v / (TOKENS[k]?.[1] ?? 1)])),
        });
      }
    }
    chainTvls[chain] = u.tokens ? { tvl, tokens, tokensInUsd } : { tvl, tokens: null, tokensInUsd: null };
    if (category === 'Lending' || category === 'CDP')
      chainTvls[`${chain}-borrowed`] = { tvl: borrowed, tokens: null, tokensInUsd: null };
  }
  const last = [...total.values()].at(-1) ?? 0;
  return {
    id: slug,
    name: `Proto ${slug.slice(6)}`,
    category,
    chains,
    parentProtocol: null,
    currentChainTvls: Object.fromEntries(chains.map((c) => [c, last / chains.length])),
    chainTvls,
    tvl: [
      ...[...total].map(([date, v]) => ({ date, totalLiquidityUSD: v })),
      { date: nowSeconds, totalLiquidityUSD: last },
    ],
    tokens: [],
    tokensInUsd: [],
    hallmarks: [],
    raises: [],
    methodology: 'replayed',
  };
}

/** `/v2/historicalChainTvl/{chain}` for the replayed universe. */
export function chainHistory(u: Universe, chain: string): unknown[] {
  const r = seededRandom(seedOf(chain));
  const end = Date.parse(`${u.endDay}T00:00:00Z`) / 1000;
  let level = 1e9 + r() * 5e10;
  return Array.from({ length: u.days }, (_, i) => {
    level *= Math.exp((r() - 0.5) * 0.04);
    return { date: end - (u.days - 1 - i) * DAY_S, tvl: Math.round(level) };
  });
}

/** `/chart/{coins}` (coins API) for the replayed universe: daily prices from `start` for `span` days. */
export function priceChart(coins: string, start: number, span: number): unknown {
  return {
    coins: Object.fromEntries(
      coins.split(',').map((coin) => {
        const r = seededRandom(seedOf(coin));
        const base = coin.includes('bitcoin') ? 60_000 : 3_000;
        const prices = Array.from({ length: span }, (_, i) => ({
          timestamp: start + i * DAY_S + 60,
          price: Math.round(base * (0.8 + r() * 0.4) * 100) / 100,
        }));
        return [coin, { symbol: coin.includes('bitcoin') ? 'BTC' : 'ETH', confidence: 0.99, prices }];
      }),
    ),
  };
}

/** `/summary/fees/{slug}` for the replayed universe. */
export function feesSummary(u: Universe, slug: string, dataType: string): unknown {
  const r = seededRandom(seedOf(`${slug}/${dataType}`));
  const end = Date.parse(`${u.endDay}T00:00:00Z`) / 1000;
  return {
    id: slug,
    name: slug,
    totalDataChart: Array.from({ length: u.days }, (_, i) => [
      end - (u.days - 1 - i) * DAY_S,
      Math.round(r() * 1e5),
    ]),
    total24h: 1,
  };
}
