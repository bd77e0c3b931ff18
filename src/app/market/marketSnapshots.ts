import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { parseParameters } from '../parameters.ts';
import { snapshotSourceId } from './storedSnapshot.ts';

export const MarketSnapshotsParameters = z.strictObject({
  market: z.string().min(1).max(200).optional().describe('only this market'),
});
export type MarketSnapshotsParameters = z.input<typeof MarketSnapshotsParameters>;

/** `faultline.market-snapshots/v1`: every chain snapshot stored (`market read`), newest first within a market. */
export const MarketSnapshotsResult = documentSchema('faultline.market-snapshots/v1', {
  snapshots: z.array(
    z.strictObject({
      market: z.string(),
      chainId: z.number().int(),
      block: z.number().int(),
      day: z.string(),
      reserves: z.number().int(),
      accounts: z.number().int(),
    }),
  ),
});
export type MarketSnapshotsResult = z.infer<typeof MarketSnapshotsResult>;

/** The chain snapshots in the store, for choosing a `--market` (newest first within each market). */
export async function marketSnapshots(
  app: App,
  parameters: MarketSnapshotsParameters = {},
): Promise<MarketSnapshotsResult> {
  const p = parseParameters(MarketSnapshotsParameters, parameters, 'market list');
  const snapshots = (await (await app.store()).marketSnapshots()).filter(
    (s) => p.market === undefined || s.market === p.market,
  );
  const newest = new Map<string, Day>();
  for (const s of snapshots) if ((newest.get(s.market) ?? '') < s.day) newest.set(s.market, s.day);
  const days = [...newest.values()].sort();
  return {
    schema: 'faultline.market-snapshots/v1',
    asOf: days.at(-1) ?? null,
    dataThrough: Object.fromEntries([...newest].map(([m, d]) => [snapshotSourceId(m), d])),
    coverage: null,
    sources: [...newest.keys()].map((m) => ({
      id: snapshotSourceId(m),
      title: `chain snapshots of ${m}`,
      kind: 'live' as const,
    })),
    snapshots: snapshots.map((s) => ({ ...s })),
  };
}
