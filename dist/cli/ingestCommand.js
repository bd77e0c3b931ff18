// src/cli/ingestCommand.ts
import { addDays, dayFromDate } from "../core/day.js";
import { ConfigError, FaultlineError } from "../core/errors.js";
import { createHostLimits } from "../sources/http/hostLimiter.js";
import { DEFAULT_HTTP } from "../sources/http/httpClient.js";
import { alertSetup, runAlertCycle, withAlertOptions } from "./alertCycle.js";
import { createIngestProgress } from "./ingestProgress.js";
import { dayOption, numberOption } from "./options.js";
import { withApp } from "./withApp.js";
function registerIngest(program) {
  const ingest = program.command("ingest").description("bring live data from DefiLlama or L2BEAT into the store (only days not yet stored)");
  const defillama = withCommon(
    ingest.command("defillama").description("protocol histories (per chain and section, tokens), chain totals, prices, and fees").option(
      "--protocols <slugs>",
      "comma-separated DefiLlama slugs (default: every protocol already stored)"
    ).option("--all", "every protocol DefiLlama lists").option("--chains <names>", "chains whose published totals to fetch (default: those already stored)").option("--fees", "also fetch daily fees and revenue of the chosen protocols").option("--no-prices", "skip the ETH and BTC daily prices")
  );
  defillama.action(
    (o) => withApp(program, async (app) => {
      if (o.protocols && o.all)
        throw new ConfigError("give --protocols or --all, not both", { field: "--all" });
      const alerts = alertSetup(app, defillama, o, o.json ? process.stderr : process.stdout);
      const run = settingsOf(o);
      const summary = await app.ingestDefillama(
        {
          protocols: listOption(o.protocols),
          all: o.all === true,
          chains: listOption(o.chains),
          fees: o.fees === true,
          prices: o.prices
        },
        run.settings
      );
      run.finish(summary, o.json === true);
      if (alerts) await Promise.all(await runAlertCycle(app, alerts, null));
    })
  );
  const l2beat = withCommon(
    ingest.command("l2beat").description("L2BEAT's scaling summary: stages, risk rosettes, TVS breakdown")
  );
  l2beat.action(
    (o) => withApp(program, async (app) => {
      const alerts = alertSetup(app, l2beat, o, o.json ? process.stderr : process.stdout);
      const run = settingsOf(o);
      run.finish(await app.ingestL2beat(run.settings), o.json === true);
      if (alerts) await Promise.all(await runAlertCycle(app, alerts, null));
    })
  );
}
function withCommon(command) {
  return withAlertOptions(command).option("--since <day>", "store no day before this one (YYYY-MM-DD)").option("--until <day>", "store no day after this one (default: yesterday, the last closed UTC day)").option("--stale-days <n>", "flag a source with no new day for this many days", "3").option("--refresh", "fetch units again even if a run already finished them for this --until day").option("--concurrency <n>", "requests in flight per host", "4").option("--rate <n>", "request starts per second per host", "5").option("--timeout-ms <n>", "deadline of one request, body included (ms)", String(DEFAULT_HTTP.timeoutMs)).option("--retries <n>", "retries on 429, 5xx, network errors and timeouts", String(DEFAULT_HTTP.retries)).option(
    "--retry-base-ms <n>",
    "first retry delay before jitter (ms); doubles each retry",
    String(DEFAULT_HTTP.backoff.baseMs)
  ).option("--max-mib <n>", "largest response accepted (MiB)", String(DEFAULT_HTTP.maxBytes / 2 ** 20)).option("--store-memory-mib <n>", "memory the store may keep while ingesting (MiB)", "64").option("--json", "print the summary as JSON");
}
function listOption(text) {
  if (text === void 0) return null;
  const list = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (list.length === 0) throw new ConfigError("empty list", { field: text });
  return list;
}
function settingsOf(o) {
  const until = dayOption(o.until, "--until") ?? addDays(dayFromDate(/* @__PURE__ */ new Date()), -1);
  const since = dayOption(o.since, "--since");
  if (since && since > until)
    throw new ConfigError(`--since ${since} is after --until ${until}`, { field: "--since" });
  const concurrency = Math.max(1, Math.floor(numberOption(o.concurrency, "--concurrency", 4)));
  const rate = numberOption(o.rate, "--rate", 5);
  if (rate <= 0) throw new ConfigError("must be above 0", { field: "--rate" });
  const progress = createIngestProgress();
  let retries = 0;
  const settings = {
    until,
    since,
    staleDays: numberOption(o.staleDays, "--stale-days", 3),
    refresh: o.refresh === true,
    concurrency,
    storeMemoryMib: numberOption(o.storeMemoryMib, "--store-memory-mib", 64),
    http: {
      limiter: createHostLimits({ concurrency, ratePerSecond: rate }),
      timeoutMs: numberOption(o.timeoutMs, "--timeout-ms", DEFAULT_HTTP.timeoutMs),
      retries: Math.floor(numberOption(o.retries, "--retries", DEFAULT_HTTP.retries)),
      backoff: {
        baseMs: numberOption(o.retryBaseMs, "--retry-base-ms", DEFAULT_HTTP.backoff.baseMs),
        maxMs: DEFAULT_HTTP.backoff.maxMs
      },
      maxBytes: numberOption(o.maxMib, "--max-mib", DEFAULT_HTTP.maxBytes / 2 ** 20) * 2 ** 20,
      onRetry: (e) => {
        retries += 1;
        progress.onRetry(e.url, e.delayMs, e.error.shortMessage);
      }
    },
    onEvent: (e) => progress.onEvent(e)
  };
  return {
    settings,
    finish(summary, json) {
      progress.stop();
      if (json) process.stdout.write(`${JSON.stringify({ ...summary, retries }, null, 2)}
`);
      else process.stdout.write(summaryText(summary, retries));
      if (summary.failed.length > 0) {
        throw new FaultlineError(
          `${summary.failed.length} unit(s) failed; what they stored before is kept, and they are retried on the next run`
        );
      }
    }
  };
}
function summaryText(s, retries) {
  const n = (v) => v.toLocaleString("en-US");
  const lines = [
    `${s.source} ingest up to ${s.until} in ${(s.durationMs / 1e3).toFixed(1)} s`,
    `  units:   ${n(s.units)} (${n(s.written)} written, ${n(s.unchanged)} unchanged, ${n(s.notModified)} not modified, ${n(s.skipped)} already done, ${n(s.failed.length)} failed)`,
    `  fetched: ${(s.bytes / 2 ** 20).toFixed(1)} MiB, ${n(retries)} retr${retries === 1 ? "y" : "ies"}`,
    `  stored:  ${n(s.newPoints)} new point(s); ${n(s.excluded)} flagged and kept out of totals, ${n(s.warnings)} warning(s) (faultline quality)`,
    ...s.failed.map((f) => `  FAILED ${f.unit}: ${f.error}`)
  ];
  return `${lines.join("\n")}
`;
}
export {
  registerIngest
};
