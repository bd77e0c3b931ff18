import { type App, createApp } from '../../src/app/createApp.ts';
import { resolveConfig } from '../../src/core/config.ts';
import type { Store } from '../../src/store/store.ts';
import { REAL_DATA } from './dataDir.ts';

/** The app over a store a test opened itself (a partial import): reads and writes go to that store. */
export function appOnStore(store: Store): App {
  const config = resolveConfig({ flags: { data: REAL_DATA }, env: {}, cwd: process.cwd() });
  return createApp({
    config,
    store: {
      read: async () => store,
      generation: () => 0,
      write: (work) => work(store),
      release: async () => {},
      close: async () => {},
    },
  });
}
