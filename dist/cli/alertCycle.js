// src/cli/alertCycle.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAlertRules } from "../alerts/alertRules.js";
import { alertKey, readAlertState, writeAlertState } from "../alerts/alertState.js";
import { deliverWebhook } from "../alerts/deliverWebhook.js";
import { evaluateRules } from "../alerts/evaluateRules.js";
import { metricLookup } from "../alerts/metricLookup.js";
import { latestDataDay } from "../analytics/watchlist.js";
import { ConfigError, ValidationError } from "../core/errors.js";
function withAlertOptions(command) {
  return command.option("--alerts <file>", 'evaluate these alert rules after the run (README, "Alerts")').option("--webhook <url>", "POST each new alert as JSON to this URL").option("--alert-state <file>", "where firing alerts are remembered (dedup); default beside the store");
}
function alertSetup(app, command, o, out = process.stdout) {
  if (o.alerts === void 0) {
    if (o.webhook !== void 0)
      throw new ConfigError("--webhook needs --alerts FILE", { field: "--webhook" });
    return null;
  }
  if (o.webhook !== void 0 && !/^https?:\/\//.test(o.webhook))
    throw new ConfigError(`not an http(s) URL: "${o.webhook}"`, { field: "--webhook" });
  let text;
  try {
    text = readFileSync(o.alerts, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read the rules file: ${err.code ?? err}`, {
      source: o.alerts
    });
  }
  let rules;
  try {
    rules = parseAlertRules(text, o.alerts);
  } catch (err) {
    if (err instanceof ValidationError) command.error(`faultline: ${err.message}`, { exitCode: 2 });
    throw err;
  }
  return {
    rules,
    webhook: o.webhook ?? null,
    stateFile: o.alertState ?? join(app.config.dbPath, "..", "alerts-state.json"),
    out
  };
}
async function runAlertCycle(app, setup, asOfFlag) {
  const log = (line) => process.stderr.write(`faultline alerts: ${line}
`);
  const data = await app.sustainability();
  const asOf = asOfFlag ?? latestDataDay(data);
  if (!asOf)
    throw new ConfigError("the store has no protocol history to evaluate alerts on", { field: "--as-of" });
  const { alerts, unknown } = await evaluateRules(setup.rules, metricLookup(data, asOf), asOf);
  for (const r of unknown)
    log(`rule ${r.id} (line ${r.line}): ${r.metric} of ${r.subject} is unknown on ${asOf}`);
  const previous = readAlertState(setup.stateFile);
  const fresh = alerts.filter((a) => !previous.has(alertKey(a)));
  const deliveries = [];
  for (const alert of fresh) {
    setup.out.write(`${JSON.stringify({ schema: "faultline.alert/v1", ...alert })}
`);
    if (setup.webhook) deliveries.push(deliverWebhook(setup.webhook, alert, log));
  }
  writeAlertState(setup.stateFile, alerts.map(alertKey));
  log(
    `${asOf}: ${alerts.length} rule(s) firing, ${fresh.length} new, ${alerts.length - fresh.length} already delivered`
  );
  return deliveries;
}
export {
  alertSetup,
  runAlertCycle,
  withAlertOptions
};
