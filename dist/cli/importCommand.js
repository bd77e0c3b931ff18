// src/cli/importCommand.ts
import { assertDataDir } from "../core/config.js";
import { FaultlineError } from "../core/errors.js";
import { alertSetup, runAlertCycle, withAlertOptions } from "./alertCycle.js";
import { runImport } from "./runImport.js";
import { withApp } from "./withApp.js";
function registerImport(program) {
  const command = withAlertOptions(
    program.command("import").description(
      "import every dataset of the data folder into the store (only changed files are re-imported)"
    )
  );
  command.action(
    (o) => withApp(program, async (app) => {
      assertDataDir(app.config.dataDir);
      const alerts = alertSetup(app, command, o);
      const summary = await runImport(app);
      if (alerts) await Promise.all(await runAlertCycle(app, alerts, null));
      if (summary.failed.length > 0) {
        throw new FaultlineError(
          `${summary.failed.length} dataset(s) failed to import: ${summary.failed.map((f) => f.dataset).join(", ")}`
        );
      }
    })
  );
}
export {
  registerImport
};
