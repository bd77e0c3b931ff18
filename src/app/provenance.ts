import type { Day } from '../core/day.ts';
import { UsageError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import type { DocumentMeta, DocumentSource } from './document.ts';

/** The datasets behind the TVL questions: daily protocol histories, the protocol list, live data. */
export const TVL_SOURCES = [
  'defillama/protocol-chain-tvl-daily',
  'defillama/lending-protocols',
  'restaking-protocols/history',
  'defillama/protocols-snapshot',
  'defillama/api',
] as const;
/** DefiLlama's own published chain totals. */
export const CHAIN_TOTAL_SOURCES = ['defillama/chain-tvl-daily', 'defillama/chain-tvl-monthly-l2'] as const;
/** Daily ETH and BTC closes (denominations, native drawdowns). */
export const PRICE_SOURCES = ['prices/daily'] as const;

/**
 * The `dataThrough` and `sources` of an answer that read these datasets: each imported one with the
 * newest day it holds (no later than `asOf`). Datasets not in the store, or that begin after `asOf`
 * (nothing of them was read), are left out.
 */
export async function provenance(
  app: App,
  ids: readonly string[],
  asOf: Day | null,
): Promise<Pick<DocumentMeta, 'dataThrough' | 'sources'>> {
  const statuses = await app.datasets();
  const dataThrough: Record<string, Day | null> = {};
  const sources: DocumentSource[] = [];
  for (const id of new Set(ids)) {
    const s = statuses.find((x) => x.dataset === id);
    if (s?.status !== 'imported') continue;
    // A dataset that begins after the day was not read for it: left out, never dated as of that day.
    if (asOf !== null && s.firstDay !== null && s.firstDay > asOf) continue;
    dataThrough[id] = s.lastDay === null || asOf === null || s.lastDay <= asOf ? s.lastDay : asOf;
    sources.push({ id, title: s.title, kind: s.kind });
  }
  return { dataThrough, sources };
}

/** The newest day any of these datasets holds, or null when none is in the store. */
export async function newestDay(app: App, ids: readonly string[]): Promise<Day | null> {
  const statuses = await app.datasets();
  return statuses
    .filter((s) => ids.includes(s.dataset) && s.status === 'imported')
    .reduce<Day | null>(
      (d, s) => (s.lastDay !== null && (d === null || s.lastDay > d) ? s.lastDay : d),
      null,
    );
}

/** The oldest day any of these datasets holds, or null when none is in the store. */
export async function oldestDay(app: App, ids: readonly string[]): Promise<Day | null> {
  const statuses = await app.datasets();
  return statuses
    .filter((s) => ids.includes(s.dataset) && s.status === 'imported')
    .reduce<Day | null>(
      (d, s) => (s.firstDay !== null && (d === null || s.firstDay < d) ? s.firstDay : d),
      null,
    );
}

/**
 * Refuses a day after the newest stored data of these datasets: an answer "as of" a day nothing
 * describes would silently repeat the last known figures. The message names the newest day.
 */
export async function checkAsOf(
  app: App,
  asOf: Day | null,
  ids: readonly string[],
  field = 'asOf',
): Promise<void> {
  if (asOf === null) return;
  const newest = await newestDay(app, ids);
  if (newest !== null && asOf > newest)
    throw new UsageError(`${asOf} is after the newest stored data (${newest})`, { field });
}
