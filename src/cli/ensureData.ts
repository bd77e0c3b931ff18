import type { App } from '../app/createApp.ts';
import { ConfigError } from '../core/errors.ts';
import { runImport } from './runImport.ts';

/**
 * Brings the store up to date before a command reads it: imports what changed in the data folder
 * (everything on first run, with progress), or uses the store as it is when there is no data folder.
 * Returns the datasets that failed to import. `quiet`: silent when nothing changed.
 */
export async function ensureData(app: App, quiet = true): Promise<string[]> {
  if (app.hasDataDir()) return (await runImport(app, quiet)).failed.map((f) => f.dataset);
  if (!(await app.hasData())) {
    throw new ConfigError('no data folder and an empty store: pass --data DIR or set FAULTLINE_DATA', {
      source: app.config.dataDir,
    });
  }
  process.stderr.write(`data folder ${app.config.dataDir} not found: using the store as it is\n`);
  return [];
}
