import type { Config } from '../core/config.ts';
import { openStoreFile } from '../store/duckdb/storeFileAccess.ts';
import { type App, createApp } from './createApp.ts';

/**
 * The app over the store file the config names (what one CLI process, a bench or a test uses).
 * @example const app = createFileApp(resolveConfig({ flags: {}, env: process.env, cwd: process.cwd() }));
 */
export function createFileApp(config: Config): App {
  return createApp({ config, store: openStoreFile(config.dbPath) });
}
