import type { Day } from '../core/day.ts';
import type { App } from './createApp.ts';
import type { DocumentMeta } from './document.ts';
import { provenance } from './provenance.ts';

/** What the systems questions read: the published ratings, the values, the BTC price; and the registry. */
export const SYSTEM_SOURCES = [
  'l2beat/scaling-summary',
  'l2beat/api',
  'bitcoinlayers/layers',
  'btc-staking/monthly',
  'prices/daily',
] as const;

/** The meta of a systems answer: the registry's facts as of `asOf` beside the stored ratings and values. */
export async function systemMeta(app: App, asOf: Day | null): Promise<DocumentMeta> {
  const { dataThrough, sources } = await provenance(app, SYSTEM_SOURCES, asOf);
  return {
    asOf,
    dataThrough,
    coverage: null,
    sources: [
      ...sources,
      {
        id: 'registry',
        title: 'Faultline registry of L2s and Bitcoin layers (dated facts, each sourced)',
        kind: 'registry',
      },
    ],
  };
}
