import type { App } from '../createApp.ts';
import type { YieldDeps } from './subjectPools.ts';
import { createYieldCache } from './yieldCache.ts';

/** What the yield questions read, from the app: its store, the one protocol identity, and a cliff cache per store generation. */
export async function yieldDeps(app: App): Promise<YieldDeps> {
  const [store, tvl, cache] = await Promise.all([
    app.store(),
    app.tvl(),
    app.cached('yield:cliff-cache', async () => createYieldCache()),
  ]);
  return { store, index: tvl.index, cache };
}
