import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { ChainId } from '../model/chain.ts';
import { chainInfo } from '../model/normaliseChain.ts';
import { DEFAULT_TOGGLES } from '../model/tvlMethodology.ts';
import { btcStakingConcentration } from './btcStakingConcentration.ts';
import { concentration, type MarketConcentration } from './concentration.ts';
import { l2ShareByMonth } from './l2Share.ts';
import type { TvlContext } from './tvlContext.ts';
import { cellRole } from './tvlRules.ts';
import { resolveSubject } from './tvlSubject.ts';

/** What a concentration figure is of. */
export type Market =
  | { kind: 'category'; category: string }
  | { kind: 'l2' }
  | { kind: 'btc-staking' }
  | { kind: 'chain'; chain: string };

/** The markets a request names (flags or query parameters): callers refuse anything but exactly one. */
export function marketsOf(named: {
  category?: string | undefined;
  market?: string | undefined;
  chain?: string | undefined;
}): Market[] {
  return [
    named.category === undefined ? null : { kind: 'category' as const, category: named.category },
    named.market === 'l2' ? { kind: 'l2' as const } : null,
    named.market === 'btc-staking' ? { kind: 'btc-staking' as const } : null,
    named.chain === undefined ? null : { kind: 'chain' as const, chain: named.chain },
  ].filter((m) => m !== null);
}

/**
 * Shares, HHI, top-3 share and Nakamoto coefficients of a market (MODELS §3), from data up to `asOf`:
 * a category's protocols in the protocol-list snapshot (or, before the first snapshot, their daily
 * histories); L2s by L2BEAT value secured, or before it by DefiLlama month-end TVL; Bitcoin staking by
 * BTC staked (de-duplicated); a chain's protocols on that day under the default rule.
 */
export async function marketConcentration(
  ctx: TvlContext,
  market: Market,
  asOf: Day | null,
): Promise<MarketConcentration[]> {
  switch (market.kind) {
    case 'category':
      return [await categoryConcentration(ctx, market.category, asOf)];
    case 'btc-staking': {
      const rows = btcStakingConcentration(await ctx.store.btcStakingMonthly(asOf));
      if (rows.length === 0)
        throw new ValidationError(`no Bitcoin staking data up to ${asOf}`, { field: 'as-of' });
      return rows;
    }
    case 'l2':
      return [await l2Concentration(ctx, asOf)];
    case 'chain': {
      const subject = resolveSubject(ctx, { kind: 'chain', chain: market.chain }, asOf);
      const { horizon } = await ctx.store.tvlSteps(subject.query);
      const day = horizon;
      if (day === null) throw new ValidationError(`no TVL history for ${subject.label}`, { field: 'chain' });
      const points = await ctx.store.tvlPointsOn(subject.query, day);
      const byProtocol = new Map<string, number>();
      for (const p of points) {
        const cls = subject.query.classes.get(p.protocol) ?? 0;
        if (p.flag || p.section !== 'tvl' || cellRole(p.section, cls, DEFAULT_TOGGLES) !== 'counted')
          continue;
        const name = ctx.universe.entries.get(p.protocol)?.identity.name ?? p.protocol;
        byProtocol.set(name, (byProtocol.get(name) ?? 0) + p.usd);
      }
      return [
        {
          market: `protocols on ${subject.label}`,
          basis:
            'protocol TVL on the chain, USD, default rule (double counted, liquid staking and excluded categories left out)',
          dataset: 'defillama/protocol-chain-tvl-daily',
          asOf: day,
          ...concentration([...byProtocol].map(([name, value]) => ({ name, value }))),
        },
      ];
    }
  }
}

async function categoryConcentration(
  ctx: TvlContext,
  category: string,
  asOf: Day | null,
): Promise<MarketConcentration> {
  const wanted = category.toLowerCase();
  const inSnapshot = ctx.snapshot.filter((s) => s.category?.toLowerCase() === wanted);
  if (inSnapshot.length > 0) {
    return {
      market: inSnapshot[0]?.category ?? category,
      basis: 'protocol TVL, USD (protocol-list snapshot; protocols listed without TVL left out)',
      dataset: 'defillama/protocols-snapshot',
      asOf: inSnapshot[0]?.day ?? 'n/a',
      ...concentration(inSnapshot.map((s) => ({ name: s.name, value: s.tvlUsd ?? 0 }))),
    };
  }
  const subject = resolveSubject(ctx, { kind: 'category', category }, asOf);
  const keys = new Set(subject.query.protocols ?? []);
  const peaks = (await ctx.store.protocolPeaks(asOf)).filter((p) => keys.has(p.protocol));
  const last = peaks.reduce<Day | null>((d, p) => (d === null || p.latestDay > d ? p.latestDay : d), null);
  return {
    market: subject.label,
    basis:
      'protocol TVL, USD, each protocol on its last day up to as-of (daily histories: only the protocols tracked daily)',
    dataset: 'defillama/protocol-chain-tvl-daily',
    asOf: last ?? 'n/a',
    ...concentration(
      peaks.map((p) => ({
        name: ctx.universe.entries.get(p.protocol)?.identity.name ?? p.protocol,
        value: p.latestUsd,
      })),
    ),
  };
}

async function l2Concentration(ctx: TvlContext, asOf: Day | null): Promise<MarketConcentration> {
  const profiles = await ctx.store.l2RiskProfiles();
  const l2beatDay =
    profiles.length > 0
      ? (
          await ctx.store.coverage('l2beat/scaling-summary', [
            { table: 'l2_risk_profiles', dayColumn: 'as_of' },
          ])
        ).lastDay
      : null;
  if (l2beatDay !== null && (asOf === null || l2beatDay <= asOf)) {
    return {
      market: 'Ethereum L2s',
      basis: 'total value secured (L2BEAT: canonical + external + native), USD',
      dataset: 'l2beat/scaling-summary',
      asOf: l2beatDay,
      ...concentration(profiles.map((p) => ({ name: p.name, value: p.tvs.totalUsd }))),
    };
  }
  const months = l2ShareByMonth(await ctx.store.chainMonthEnds(asOf)).filter(
    (m) => !m.partial && m.l2s.length > 0,
  );
  const month = months.at(-1);
  if (!month) throw new ValidationError(`no L2 figures up to ${asOf}`, { field: 'as-of' });
  return {
    market: 'Ethereum L2s',
    basis: 'chain TVL at month end, USD (DefiLlama)',
    dataset: 'defillama/chain-tvl-monthly-l2',
    asOf: month.month,
    ...concentration(
      Object.entries(month.byChain).map(([id, value]) => ({ name: chainInfo(id as ChainId).name, value })),
    ),
  };
}
