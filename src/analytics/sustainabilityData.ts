import { appendTo } from '../core/appendTo.ts';
import type { Day, Month } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { DailyFee } from '../model/fees.ts';
import { normaliseChain } from '../model/normaliseChain.ts';
import type { SystemFacts, SystemHistory } from '../model/system.ts';
import type { TokenBalance } from '../model/tvl.ts';
import { type WeakChainHistory, weakChainHistory } from '../risk/l2/weakChains.ts';
import { stressBook } from '../risk/lending/stressBook.ts';
import { feedDaysByProtocol, type ObservedFeedDay } from '../risk/oracle/oracleExposure.ts';
import { isStaleAge } from '../risk/oracle/oracleFindings.ts';
import type { FeedDay } from '../risk/oracle/oracleStaleness.ts';
import { AAVE_V3_ETHEREUM, aaveV3Borrowers } from '../sources/files/aaveV3Borrowers.ts';
import { CHAINLINK_ROUNDS_NETWORK } from '../sources/files/chainlinkOracleRounds.ts';
import { readIncidents } from '../sources/files/readIncidents.ts';
import { aaveTopBorrowersBook } from './aaveTopBorrowersBook.ts';
import { incentiveShares } from './incentiveShares.ts';
import type { TokenPrice } from './inflows.ts';
import { pegPrice } from './pegPrice.ts';
import { type ProtocolDrawdown, protocolDrawdowns } from './protocolDrawdowns.ts';
import { qualityFlags } from './qualityFlags.ts';
import type { TvlContext } from './tvlContext.ts';

/**
 * Everything the sustainability scores read, loaded once from the store; every score then uses only
 * the part known on its `asOf` day (no look-ahead): daily TVL up to that day, chain mixes of complete
 * months before it, flags up to it.
 */
export type SustainabilityData = {
  /** The TVL context the data was read through (identities, the store), for chain scores and lookups. */
  tvl: TvlContext;
  /**
   * Protocol identities with daily history: id → name, category (a parent's: its largest product's),
   * daily core TVL (its longest dataset).
   */
  protocols: Map<
    string,
    { id: string; name: string; category: string | null; series: { day: Day; usd: number }[] }
  >;
  /**
   * The identities lists count, one row per protocol: all but the products whose parent has history
   * (SwapBased AMM is inside SwapBased). Watchlist and backtest go over these.
   */
  listed: ReadonlySet<string>;
  /** id → month → value per chain at that month's last stored day (USD). */
  chainMix: Map<string, Map<Month, { chain: string; usd: number }[]>>;
  /** chain → month → the stored protocols' sum on it (USD): the chain's own TVL, as the store sees it. */
  chainTotals: Map<string, Map<Month, number>>;
  ethClose: Map<Day, number>;
  flagDays: Map<string, Day[]>;
  /**
   * Per chain, from which day its L2 or bridge is weak (exit window None, no proofs, a federated bridge,
   * one party can steal), entry by entry of the registry's dated facts: a score uses those of its own day.
   */
  weakChains: WeakChainHistory;
  /** Peak and latest (the Dec 2025 protocol-list snapshot where newer) per protocol: the outcomes. */
  outcomes: Map<string, ProtocolDrawdown>;
  /** Stored token amounts per protocol, and their prices (pegs to ETH, BTC, USD). */
  balances: Map<string, TokenBalance[]>;
  price: TokenPrice;
  /** Stored lending books: the bad debt ETH −40% adds to the no-move baseline, as a share of debt, known from the book's day. */
  lendingStress: Map<string, { day: Day; badDebtShare: number }>;
  /** Days of known incidents per protocol. */
  incidents: Map<string, Day[]>;
  /** Daily fees, revenue and incentives per protocol (USD), where live ingestion stored them. */
  fees: Map<string, DailyFee[]>;
  /** Borrowed value per protocol per day (lending protocols' `borrowed` section, USD). */
  borrowed: Map<string, Map<Day, number>>;
  /** The share of each protocol's yield paid by incentives, on each day with pool yields (oldest first). */
  incentives: Map<string, { day: Day; share: number }[]>;
  /** The oracle feed-days each protocol relies on (rounds histories and market reads), and why it relies on them. */
  oracle: Map<string, FeedDay[]>;
  oracleBasis: Map<string, string[]>;
};

/** Where the loader finds what the store does not hold. */
export type SustainabilityFiles = { incidentsFile: string };

/** The stored lending books the score stresses: protocol id → market. */
const STRESSED_BOOKS: Record<string, string> = { 'aave-v3': AAVE_V3_ETHEREUM };

async function bookStress(ctx: TvlContext): Promise<SustainabilityData['lendingStress']> {
  const out: SustainabilityData['lendingStress'] = new Map();
  for (const [id, market] of Object.entries(STRESSED_BOOKS)) {
    const coverage = await ctx.store.coverage(aaveV3Borrowers.id, aaveV3Borrowers.tables);
    if (coverage.rows === 0 || coverage.lastDay === null) continue;
    const book = await aaveTopBorrowersBook(ctx.store, market);
    const debt = book.accounts.reduce((s, a) => s + a.debt.reduce((t, d) => t + d.amount * d.price, 0), 0);
    const stress = stressBook(book, { shocks: { WETH: -0.4 }, depegs: {} }, '3.3');
    if (debt > 0) out.set(id, { day: coverage.lastDay, badDebtShare: stress.increment.badDebtUsd / debt });
  }
  return out;
}

/** Loads the store's data for scoring (all days; each score cuts it at its own `asOf`). */
export async function loadSustainabilityData(
  ctx: TvlContext,
  registry: readonly (SystemFacts | SystemHistory)[],
  files: SustainabilityFiles,
): Promise<SustainabilityData> {
  const [totals, mix, eth, btc, flags, tokenRows, lendingStress, incentives, feedRows] = await Promise.all([
    ctx.store.protocolDailyTotals(null),
    ctx.store.protocolChainMonthEnds(null),
    ctx.store.dailyPrices('ETH'),
    ctx.store.dailyPrices('BTC'),
    qualityFlags(ctx.store),
    ctx.store.tokenBalances(),
    bookStress(ctx),
    incentiveShares(ctx.store, ctx.index),
    ctx.store.oracleFeedDays(),
  ]);
  // Every identity keeps its own series (a product can still be scored on its own), but lists count
  // each protocol once: a product whose parent has history is inside the parent's row (`listed`), is
  // left out of the chain totals the parent's rows already hold, and its events count for the parent too.
  const covered = (key: string) => ctx.universe.entries.get(key)?.coveredBy != null;
  const parentOf = new Map<string, string>();
  for (const e of ctx.universe.entries.values()) {
    const parent = e.coveredBy === null ? undefined : ctx.universe.entries.get(e.coveredBy);
    if (parent) parentOf.set(e.identity.id, parent.identity.id);
  }
  const withParent = (key: string) => {
    const id = ctx.index.forKey(key).id;
    const parent = parentOf.get(id);
    return parent === undefined ? [id] : [id, parent];
  };
  const fees = new Map<string, DailyFee[]>();
  for (const f of await ctx.store.protocolFeesDaily()) appendTo(fees, ctx.index.forKey(f.protocol).id, f);
  const borrowed = new Map<string, Map<Day, number>>();
  for (const b of await ctx.store.protocolBorrowedDaily()) {
    const id = ctx.index.forKey(b.protocol).id;
    const days = borrowed.get(id) ?? new Map<Day, number>();
    days.set(b.day, (days.get(b.day) ?? 0) + b.tvlUsd);
    borrowed.set(id, days);
  }
  const price = pegPrice(eth, btc);
  const balances = new Map<string, TokenBalance[]>();
  for (const b of tokenRows) appendTo(balances, ctx.index.forKey(b.protocol).id, b);
  const incidents = new Map<string, Day[]>();
  for (const i of readIncidents(files.incidentsFile))
    for (const id of withParent(i.protocol)) appendTo(incidents, id, i.day);
  for (const [id, stress] of [...lendingStress]) {
    const parent = parentOf.get(id);
    if (parent !== undefined && !lendingStress.has(parent)) lendingStress.set(parent, stress);
  }
  const byDataset = new Map<string, Map<string, { day: Day; usd: number }[]>>();
  const listed = new Set<string>();
  for (const t of totals) {
    const id = ctx.index.forKey(t.protocol).id;
    if (!covered(t.protocol)) listed.add(id);
    const sets = byDataset.get(id) ?? new Map();
    const points = sets.get(t.dataset) ?? [];
    points.push({ day: t.day, usd: t.tvlUsd });
    sets.set(t.dataset, points);
    byDataset.set(id, sets);
  }
  const protocols: SustainabilityData['protocols'] = new Map();
  for (const [id, sets] of byDataset) {
    const identity = ctx.index.forKey(id);
    const series = [...sets.values()].reduce((a, b) => (b.length > a.length ? b : a));
    protocols.set(id, { id, name: identity.name, category: identity.category, series });
  }
  const chainMix: SustainabilityData['chainMix'] = new Map();
  const chainTotals: SustainabilityData['chainTotals'] = new Map();
  for (const r of mix) {
    const id = ctx.index.forKey(r.protocol).id;
    const months = chainMix.get(id) ?? new Map();
    appendTo(months, r.month, { chain: r.chain, usd: r.tvlUsd });
    chainMix.set(id, months);
    if (covered(r.protocol)) continue;
    const totalsOf = chainTotals.get(r.chain) ?? new Map();
    totalsOf.set(r.month, (totalsOf.get(r.month) ?? 0) + r.tvlUsd);
    chainTotals.set(r.chain, totalsOf);
  }
  const flagDays = new Map<string, Day[]>();
  for (const f of flags) {
    if (f.day === null) continue;
    const key = f.unit.startsWith('protocol:') ? f.unit.slice('protocol:'.length) : f.subject;
    for (const id of withParent(key)) appendTo(flagDays, id, f.day);
  }
  const weakChains = weakChainHistory(registry);
  const outcomes = new Map(protocolDrawdowns(totals, ctx.snapshot, ctx.index).map((d) => [d.id, d]));
  const { oracle, oracleBasis } = oracleExposure(ctx, feedRows, withParent);
  return {
    tvl: ctx,
    protocols,
    listed,
    chainMix,
    chainTotals,
    ethClose: new Map(eth.map((p) => [p.day, p.value])),
    flagDays,
    weakChains,
    outcomes,
    balances,
    price,
    lendingStress,
    incidents,
    fees,
    borrowed,
    incentives,
    oracle,
    oracleBasis,
  };
}

/**
 * Which observed feeds each protocol relies on: the rounds histories' feeds (Chainlink on Ethereum) for
 * every protocol the newest protocol list names with that oracle and chain (DefiLlama's `oracles` field:
 * the network, not the feed), and a market read's feeds for the protocol the market is stored under.
 * A market read past its feed's heartbeat plus grace is one stale finding on its day.
 */
function oracleExposure(
  ctx: TvlContext,
  rows: Awaited<ReturnType<TvlContext['store']['oracleFeedDays']>>,
  withParent: (key: string) => string[],
): Pick<SustainabilityData, 'oracle' | 'oracleBasis'> {
  const oracleBasis = new Map<string, string[]>();
  const roundsUsers = new Set<string>();
  const bySlug = new Map(ctx.snapshot.map((s) => [s.slug as string, s]));
  const { oracle, chain, chainName } = CHAINLINK_ROUNDS_NETWORK;
  for (const identity of ctx.index.all()) {
    // A parent relies on the network when one of its products (snapshot entries) names it.
    const entry = identity.members
      .map((m) => bySlug.get(m.slug))
      .find((s) => s?.oracles.includes(oracle) && s.chains.some((c) => normaliseChain(c) === chain));
    if (!entry) continue;
    for (const id of withParent(identity.id)) {
      roundsUsers.add(id);
      appendTo(
        oracleBasis,
        id,
        `DefiLlama's protocol list of ${entry.day} names ${oracle} among the oracles of ${entry.name} and ${chainName} among its chains`,
      );
    }
  }
  const marketProtocols = new Map<string, string[]>();
  for (const market of new Set(rows.flatMap((r) => (r.market === null ? [] : [r.market])))) {
    let ids: string[];
    try {
      ids = withParent(ctx.index.resolve(market).id);
    } catch (err) {
      if (err instanceof ValidationError) continue; // not stored under a protocol's name
      throw err;
    }
    marketProtocols.set(market, ids);
    for (const id of ids)
      appendTo(oracleBasis, id, `its market ${market} (chain snapshot) prices with its feeds`);
  }
  const observed: ObservedFeedDay[] = rows.map((r) => {
    const stale =
      r.origin === 'market'
        ? r.gapSeconds !== null && isStaleAge(r.gapSeconds, r.heartbeatSeconds)
          ? 1
          : 0
        : (r.staleFindings ?? 0);
    return {
      origin: r.origin,
      market: r.market,
      feed: r.feed,
      pair: r.pair,
      // The id app/market/storedSnapshot.ts gives a chain snapshot's source.
      source: r.origin === 'market' ? `chain/${r.market}` : (r.dataset ?? 'rounds'),
      day: r.day,
      stale,
      worst:
        stale > 0 && r.gapSeconds !== null
          ? { gapSeconds: r.gapSeconds, heartbeatSeconds: r.heartbeatSeconds, roundId: r.roundId }
          : null,
    };
  });
  return { oracle: feedDaysByProtocol(observed, { roundsUsers, marketProtocols }), oracleBasis };
}
