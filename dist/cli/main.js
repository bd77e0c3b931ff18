// src/cli/main.ts
import { Command, CommanderError } from "commander";
import { FaultlineError, UsageError } from "../core/errors.js";
import { registerBacktest } from "./backtestCommand.js";
import { registerBtcLayers } from "./btcLayersCommand.js";
import { registerCheckClaims } from "./checkClaimsCommand.js";
import { registerConcentration } from "./concentrationCommand.js";
import { registerDa } from "./daCommand.js";
import { registerDrawdown } from "./drawdownCommand.js";
import { registerHighs } from "./highsCommand.js";
import { registerImport } from "./importCommand.js";
import { registerIngest } from "./ingestCommand.js";
import { registerL2 } from "./l2Command.js";
import { registerLayers } from "./layersCommand.js";
import { registerLending } from "./lendingCommand.js";
import { registerQuality } from "./qualityCommand.js";
import { registerQuery } from "./queryCommand.js";
import { registerReport } from "./reportCommand.js";
import { registerRestaking } from "./restakingCommand.js";
import { registerScore } from "./scoreCommand.js";
import { registerServe } from "./serveCommand.js";
import { registerTvl } from "./tvlCommand.js";
import { registerWatch } from "./watchCommand.js";
function buildProgram() {
  const program = new Command("faultline").description("Where value sits across DeFi, how concentrated and fragile it is, and what breaks first.").option("--data <dir>", "data folder (env FAULTLINE_DATA; default ../shared/data)").option("--db <file>", "DuckDB store file (env FAULTLINE_DB; default .faultline/faultline.duckdb)").option(
    "--registry <dir>",
    "L2 and Bitcoin-layer registry folder (env FAULTLINE_REGISTRY; default registry/)"
  ).option(
    "--restaking <file>",
    "restaking network the report checks (env FAULTLINE_RESTAKING; default examples/restaking/eigenlayer-avs.json)"
  ).exitOverride();
  registerReport(program);
  registerImport(program);
  registerIngest(program);
  registerQuery(program);
  registerQuality(program);
  registerTvl(program);
  registerDrawdown(program);
  registerHighs(program);
  registerConcentration(program);
  registerLayers(program);
  registerL2(program);
  registerBtcLayers(program);
  registerRestaking(program);
  registerDa(program);
  registerLending(program);
  registerCheckClaims(program);
  registerScore(program);
  registerBacktest(program);
  registerWatch(program);
  registerServe(program);
  return program;
}
function flagOf(field) {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
function errorText(err) {
  if (err instanceof FaultlineError) {
    const { source, field } = err.details;
    if (source === void 0 && field !== void 0 && /^[a-z][a-zA-Z]*$/.test(field))
      return `${flagOf(field)}: ${err.shortMessage}`;
    return err.message;
  }
  return `unexpected error: ${err?.stack ?? String(err)}`;
}
async function runMain(argv) {
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`faultline: ${errorText(err)}
`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  }
}
await runMain(process.argv);
export {
  buildProgram,
  runMain
};
