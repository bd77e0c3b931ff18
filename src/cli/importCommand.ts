import type { Command } from 'commander';
import { assertDataDir } from '../core/config.ts';
import { FaultlineError } from '../core/errors.ts';
import { runImport } from './runImport.ts';
import { withApp } from './withApp.ts';

/** `faultline import [--data DIR]`: imports every changed dataset of the data folder. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import every dataset of the data folder into the store (only changed files are re-imported)',
    )
    .action(() =>
      withApp(program, async (app) => {
        assertDataDir(app.config.dataDir);
        const summary = await runImport(app);
        if (summary.failed.length > 0) {
          throw new FaultlineError(
            `${summary.failed.length} dataset(s) failed to import: ${summary.failed.map((f) => f.dataset).join(', ')}`,
          );
        }
      }),
    );
}
