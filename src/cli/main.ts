import { Command, CommanderError } from 'commander';
import { FaultlineError, UsageError } from '../core/errors.ts';
import { registerBacktest } from './backtestCommand.ts';
import { registerBtcLayers } from './btcLayersCommand.ts';
import { registerCheckClaims } from './checkClaimsCommand.ts';
import { registerConcentration } from './concentrationCommand.ts';
import { registerDa } from './daCommand.ts';
import { registerDrawdown } from './drawdownCommand.ts';
import { registerHighs } from './highsCommand.ts';
import { registerImport } from './importCommand.ts';
import { registerIngest } from './ingestCommand.ts';
import { registerL2 } from './l2Command.ts';
import { registerLayers } from './layersCommand.ts';
import { registerLending } from './lendingCommand.ts';
import { registerQuality } from './qualityCommand.ts';
import { registerQuery } from './queryCommand.ts';
import { registerReport } from './reportCommand.ts';
import { registerRestaking } from './restakingCommand.ts';
import { registerScore } from './scoreCommand.ts';
import { registerServe } from './serveCommand.ts';
import { registerTvl } from './tvlCommand.ts';
import { registerWatch } from './watchCommand.ts';

/** Builds the `faultline` command line. */
export function buildProgram(): Command {
  const program = new Command('faultline')
    .description('Where value sits across DeFi, how concentrated and fragile it is, and what breaks first.')
    .option('--data <dir>', 'data folder (env FAULTLINE_DATA; default ../shared/data)')
    .option('--db <file>', 'DuckDB store file (env FAULTLINE_DB; default .faultline/faultline.duckdb)')
    .option(
      '--registry <dir>',
      'L2 and Bitcoin-layer registry folder (env FAULTLINE_REGISTRY; default registry/)',
    )
    .option(
      '--restaking <file>',
      'restaking network the report checks (env FAULTLINE_RESTAKING; default examples/restaking/eigenlayer-avs.json)',
    )
    .exitOverride();
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

/** A question's parameter as its flag: `asOf` → `--as-of`. */
function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** An error as the user reads it: a parameter named by its flag, a file by its place, never a stack for known errors. */
function errorText(err: unknown): string {
  if (err instanceof FaultlineError) {
    const { source, field } = err.details;
    if (source === undefined && field !== undefined && /^[a-z][a-zA-Z]*$/.test(field))
      return `${flagOf(field)}: ${err.shortMessage}`;
    return err.message;
  }
  return `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
}

/**
 * The one place that prints errors and sets the exit code: 1 for a failed run, 2 for bad usage (a
 * command-line error or a question asked wrongly). A reader
 * that stops early (`| head`) ends the run quietly.
 */
export async function runMain(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`faultline: ${errorText(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  }
}

await runMain(process.argv);
