import type { Command } from 'commander';
import { assertDataDir } from '../core/config.ts';
import { FaultlineError } from '../core/errors.ts';
import { rebuildStore } from '../ingest/rebuildStore.ts';
import { moveStoreAside } from '../store/duckdb/moveStoreAside.ts';
import { alertSetup, runAlertCycle, settleAlerts } from './alertCycle.ts';
import type { AlertOptions } from './alertOptions.ts';
import { runImport } from './runImport.ts';
import { withApp } from './withApp.ts';

/** The options of `faultline import`. */
export type ImportOptions = AlertOptions & { rebuild?: boolean };

/**
 * Runs `faultline import`: imports every changed dataset (or, with `--rebuild`, moves the store file
 * aside and imports everything into a fresh one), then evaluates the alert rules. Exits non-zero when
 * a dataset failed or an alert delivery failed, naming how many.
 */
export async function importAction(program: Command, command: Command, o: ImportOptions): Promise<void> {
  await withApp(program, async (app) => {
    assertDataDir(app.config.dataDir);
    const alerts = alertSetup(app, command, o);
    const summary = o.rebuild
      ? await rebuildStore({
          moveAside: async () => sayMoved(await moveStoreAside(app.config.dbPath)),
          importData: () => runImport(app),
        })
      : await runImport(app);
    const problems: string[] = [];
    if (summary.failed.length > 0)
      problems.push(
        `${summary.failed.length} dataset(s) failed to import: ${summary.failed.map((f) => f.dataset).join(', ')}`,
      );
    if (alerts) {
      await runAlertCycle(app, alerts, null);
      const failed = await settleAlerts(alerts);
      if (failed) problems.push(failed);
    }
    if (problems.length > 0) throw new FaultlineError(problems.join('; '));
  });
}

/** Says where the old store went (before the import starts, so it is said even if the import fails). */
function sayMoved(movedAside: string[]): string[] {
  process.stderr.write(
    movedAside.length > 0
      ? `the old store was moved aside, not deleted: ${movedAside.join(', ')}\n` +
          'importing every dataset into a fresh store; live data from DefiLlama or L2BEAT is not in the data folder: run `faultline ingest` again to bring it back\n'
      : 'there was no store to move aside: importing every dataset into a new one\n',
  );
  return movedAside;
}
