import type { Command } from 'commander';
import { assertDataDir } from '../core/config.ts';
import { FaultlineError } from '../core/errors.ts';
import { alertSetup, runAlertCycle, withAlertOptions } from './alertCycle.ts';
import { runImport } from './runImport.ts';
import { withApp } from './withApp.ts';

/** `faultline import [--data DIR] [--alerts FILE]`: imports every changed dataset, then evaluates alert rules. */
export function registerImport(program: Command): void {
  const command = withAlertOptions(
    program
      .command('import')
      .description(
        'import every dataset of the data folder into the store (only changed files are re-imported)',
      ),
  );
  command.action((o: { alerts?: string; webhook?: string; alertState?: string }) =>
    withApp(program, async (app) => {
      assertDataDir(app.config.dataDir);
      const alerts = alertSetup(app, command, o);
      const summary = await runImport(app);
      if (alerts) await Promise.all(await runAlertCycle(app, alerts, null));
      if (summary.failed.length > 0) {
        throw new FaultlineError(
          `${summary.failed.length} dataset(s) failed to import: ${summary.failed.map((f) => f.dataset).join(', ')}`,
        );
      }
    }),
  );
}
