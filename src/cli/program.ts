import { Command } from 'commander';
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
import { registerMarket } from './marketCommand.ts';
import { registerQuality } from './qualityCommand.ts';
import { registerQuery } from './queryCommand.ts';
import { registerReport } from './reportCommand.ts';
import { registerRestaking } from './restakingCommand.ts';
import { registerScore } from './scoreCommand.ts';
import { registerServe } from './serveCommand.ts';
import { registerTvl } from './tvlCommand.ts';
import { registerWatch } from './watchCommand.ts';
import { registerYield } from './yieldCommand.ts';

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
  registerMarket(program);
  registerYield(program);
  registerCheckClaims(program);
  registerScore(program);
  registerBacktest(program);
  registerWatch(program);
  registerServe(program);
  return program;
}
