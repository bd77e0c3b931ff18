// src/cli/watchCommand.ts
import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError } from "../core/errors.js";
import { alertSetup, runAlertCycle, withAlertOptions } from "./alertCycle.js";
import { ensureData } from "./ensureData.js";
import { dayOption, numberOption } from "./options.js";
import { withApp } from "./withApp.js";
function registerWatch(program) {
  const command = withAlertOptions(
    program.command("watch").description(
      "import on a schedule and evaluate alert rules after each import; new alerts to stdout and a webhook"
    )
  ).option("--every <seconds>", "seconds between imports and evaluations", "3600").option("--once", "import and evaluate once, then exit (after the webhook deliveries finish)").option(
    "--as-of <day>",
    "evaluate on data up to this UTC day (default: the last day of the stored daily history)"
  );
  command.action(
    (o) => withApp(program, async (app) => {
      if (o.alerts === void 0) throw new ConfigError("watch needs --alerts FILE", { field: "--alerts" });
      const setup = alertSetup(app, command, o);
      const every = numberOption(o.every, "--every", 3600);
      if (every < 1) throw new ConfigError("must be at least 1 second", { field: "--every" });
      const asOf = dayOption(o.asOf, "--as-of");
      const deliveries = [];
      for (; ; ) {
        await ensureData(app);
        if (setup) deliveries.push(...await runAlertCycle(app, setup, asOf));
        if (o.once) break;
        await sleep(every * 1e3);
      }
      await Promise.all(deliveries);
    })
  );
}
export {
  registerWatch
};
