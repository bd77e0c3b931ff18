import { type Day, dayFromUnix } from '../../core/day.ts';
import { parseChainKey, type Section } from '../../model/normaliseChain.ts';
import type { ChainHistory, ProtocolResponse } from './getProtocol.ts';

/** One day's value of a series, in USD. */
export type HistoryPoint = { day: Day; usd: number };

/** One protocol series: a chain × section (chain `all` for protocol-wide history), oldest day first. */
export type ProtocolSeries = {
  chain: string;
  section: Section;
  points: HistoryPoint[];
  /** Token values in USD per day (core section only), for the vanished-tokens rule. */
  tokensUsd: Map<Day, Record<string, number | null>>;
  /** Token amounts (token units) per day, core section only. */
  tokenAmounts: Map<Day, Record<string, number | null>>;
};

/**
 * A `/protocol/{slug}` response as series: one per `chainTvls` key (`Base`, `Base-borrowed`, ...), the
 * chain name normalised. Aggregate keys without a chain (`borrowed`, `staking`) repeat the per-chain
 * ones and are skipped. A response without `chainTvls` gives one protocol-wide series (chain `all`).
 * Items map to their UTC day; when two fall on one day (DefiLlama's live tip), the later one wins.
 */
export function protocolHistory(response: ProtocolResponse): ProtocolSeries[] {
  if (!response.chainTvls) {
    return [
      {
        chain: 'all',
        section: 'tvl',
        points: byDay(response.tvl),
        tokensUsd: new Map(),
        tokenAmounts: new Map(),
      },
    ];
  }
  const series: ProtocolSeries[] = [];
  for (const [key, history] of Object.entries(response.chainTvls)) {
    const { chain, section } = parseChainKey(key);
    if (chain === 'all') continue;
    series.push({
      chain,
      section,
      points: byDay(history.tvl),
      tokensUsd: section === 'tvl' ? tokensByDay(history.tokensInUsd) : new Map(),
      tokenAmounts: section === 'tvl' ? tokensByDay(history.tokens) : new Map(),
    });
  }
  return mergeSameChain(series);
}

function byDay(items: readonly { date: number; totalLiquidityUSD: number }[]): HistoryPoint[] {
  const days = new Map<Day, number>();
  for (const item of [...items].sort((a, b) => a.date - b.date))
    days.set(dayFromUnix(item.date), item.totalLiquidityUSD);
  return [...days].map(([day, usd]) => ({ day, usd }));
}

function tokensByDay(items: ChainHistory['tokens']): Map<Day, Record<string, number | null>> {
  const days = new Map<Day, Record<string, number | null>>();
  for (const item of [...(items ?? [])].sort((a, b) => a.date - b.date))
    days.set(dayFromUnix(item.date), item.tokens);
  return days;
}

/** Two keys can name one chain (`zksync era` and `ZKsync Era`): their series are summed day by day. */
function mergeSameChain(series: ProtocolSeries[]): ProtocolSeries[] {
  const merged = new Map<string, ProtocolSeries>();
  for (const s of series) {
    const key = `${s.chain}/${s.section}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, s);
      continue;
    }
    const sum = new Map(seen.points.map((p) => [p.day, p.usd]));
    for (const p of s.points) sum.set(p.day, (sum.get(p.day) ?? 0) + p.usd);
    seen.points = [...sum].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, usd]) => ({ day, usd }));
    for (const [day, tokens] of s.tokensUsd)
      seen.tokensUsd.set(day, { ...seen.tokensUsd.get(day), ...tokens });
    for (const [day, tokens] of s.tokenAmounts)
      seen.tokenAmounts.set(day, { ...seen.tokenAmounts.get(day), ...tokens });
  }
  return [...merged.values()];
}
