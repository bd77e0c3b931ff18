import { basename } from 'node:path';
import { z } from 'zod';
import type { Config } from '../core/config.ts';
import { UsageError } from '../core/errors.ts';
import type { NetworkInput } from '../model/restaking.ts';
import { RestakingNetworkFile } from '../model/restakingNetworkFile.ts';
import { checkedNetwork } from '../risk/restaking/assessNetwork.ts';
import { validateJson } from '../sources/files/readJsonFile.ts';
import { readRestakingNetwork } from '../sources/files/readRestakingNetwork.ts';
import { documentSchema, inputMeta } from './document.ts';
import { NumberParam, parseParameters } from './parameters.ts';
import { checkNetwork, MAX_TIME_LIMIT_SECONDS, type RestakingCheckTask } from './restaking/checkNetwork.ts';
import {
  AssumptionDocument,
  AttackDocument,
  CascadeDocument,
  CheckedGraphDocument,
  ConditionRowDocument,
  GammaBoundsDocument,
  LiquidityDocument,
  NetworkStakeDocument,
  OnPaperDocument,
} from './restaking/restakingSchemas.ts';
import { runInWorker } from './workers/runInWorker.ts';

/** The question's options besides the network: a shock (ψ or named validators) and the solver budget. */
const CheckOptions = {
  psi: NumberParam.pipe(z.number().min(0, 'ψ is a fraction in [0, 1]').max(1, 'ψ is a fraction in [0, 1]'))
    .optional()
    .describe('shock: the worst loss of this fraction of all stake, in [0, 1]'),
  shock: z
    .union([z.string().max(100_000), z.array(z.string().min(1).max(200)).max(10_000)])
    .optional()
    .describe('shock: these validators (or EigenLayer operators) lost; a list, or comma-separated'),
  timeLimitSeconds: NumberParam.pipe(z.number().positive().max(MAX_TIME_LIMIT_SECONDS))
    .default(20)
    .describe(`solver seconds for each exact search (at most ${MAX_TIME_LIMIT_SECONDS})`),
};
const oneShock = {
  message: 'give psi or shock, not both',
  path: ['shock'],
};

/** `GET /api/v1/restaking` and `restaking check` without a file: the configured network. */
export const RestakingNetworkParameters = z
  .strictObject(CheckOptions)
  .refine((p) => p.psi === undefined || p.shock === undefined, oneShock);
export type RestakingNetworkParameters = z.input<typeof RestakingNetworkParameters>;

/** `restaking check FILE`, `POST /api/v1/restaking/check`: a network given, or the configured one. */
export const RestakingCheckParameters = z
  .strictObject({
    network: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'the network, graph or EigenLayer form (README "Restaking networks"); absent: the configured one',
      ),
    ...CheckOptions,
  })
  .refine((p) => p.psi === undefined || p.shock === undefined, oneShock);
export type RestakingCheckParameters = z.input<typeof RestakingCheckParameters>;

/**
 * `faultline.restaking-check/v1`: is a restaking network secure (MODELS §6). The fields `secure` to
 * `onPaper` are the contract of `restaking check --json` (README); the rest were added beside them.
 */
export const RestakingCheckResult = documentSchema('faultline.restaking-check/v1', {
  name: z.string().nullable(),
  secure: z.boolean(),
  gammaStar: z.number().nullable().describe('min σ_B/π_A − 1 (exact when gammaExact, else the upper end)'),
  gammaLowerBound: z.number().nullable().describe('the proven lower end of γ*'),
  gammaExact: z.boolean(),
  validAttack: AttackDocument.nullable(),
  binding: AttackDocument.nullable().describe('the attacking coalition with the least σ_B/π_A'),
  sufficientCondition: z.array(ConditionRowDocument),
  cascade: CascadeDocument.nullable(),
  unit: z.string().nullable().describe('what stakes and profits are counted in'),
  checked: z.enum(['slashable stake', 'graph']),
  onPaper: OnPaperDocument.nullable().describe('EigenLayer files: the verdict on restaked stake'),
  gammaBounds: GammaBoundsDocument.nullable().describe('null for an insecure network or one without profit'),
  stake: NetworkStakeDocument,
  liquidity: z.array(LiquidityDocument),
  assumptions: z.array(AssumptionDocument),
  conversion: z.array(z.string()).describe("EigenLayer files: how each node's slashable stake was computed"),
  networkSources: z
    .array(z.string())
    .describe('what the network file cites for its figures, as it words them (EigenLayer files; else empty)'),
  reported: z.array(
    z.strictObject({ service: z.string(), restaked: z.number().nullable(), stakers: z.number().nullable() }),
  ),
  graph: CheckedGraphDocument,
});
export type RestakingCheckResult = z.infer<typeof RestakingCheckResult>;

/** The restaking network a question is about: the one given (validated, errors naming `source`), or the configured file. */
export function networkOf(
  config: Pick<Config, 'restakingFile'>,
  network: Record<string, unknown> | undefined,
  source: string,
): { input: NetworkInput; title: string } {
  if (network !== undefined)
    return {
      input: validateJson(network, RestakingNetworkFile, source),
      title: 'the restaking network given (a file or a request body)',
    };
  return {
    input: readRestakingNetwork(config.restakingFile),
    title: `the configured restaking network (${basename(config.restakingFile)})`,
  };
}

/**
 * Checks the question and its network on this thread (bad input is a usage or validation error naming
 * the field, before any solving) and returns the task `checkNetwork` runs.
 */
export function restakingCheckTask(
  app: { config: Pick<Config, 'restakingFile'> },
  parameters: RestakingCheckParameters,
  source = 'request body network',
): RestakingCheckTask {
  const p = parseParameters(RestakingCheckParameters, parameters, 'restaking check');
  const { input, title } = networkOf(app.config, p.network, source);
  const shock =
    p.shock === undefined
      ? undefined
      : (typeof p.shock === 'string' ? p.shock.split(',') : p.shock).map((s) => s.trim()).filter(Boolean);
  if (shock !== undefined) {
    if (shock.length === 0) throw new UsageError('name at least one validator to shock', { field: 'shock' });
    const ids = checkedNetwork(input).validators.map((v) => v.id);
    for (const w of shock)
      if (!ids.some((id) => id === w || id.startsWith(`${w}@`)))
        throw new UsageError(`no validator or operator "${w}" in the network`, { field: 'shock' });
  }
  return {
    input,
    ...(p.psi === undefined ? {} : { psi: p.psi }),
    ...(shock === undefined ? {} : { shock }),
    timeLimitSeconds: p.timeLimitSeconds,
    meta: inputMeta(title),
  };
}

/**
 * The wall-clock deadline of one check (ms): the exact search, the verdict on restaked stake and the
 * cascade each have the time limit; the relaxation stops on work limits, which this allows a minute for.
 */
export const checkDeadlineMs = (timeLimitSeconds: number) => (3 * timeLimitSeconds + 60) * 1000;

/** Where a check runs and what its network is called in errors. */
export type RestakingCheckOptions = {
  /** Names the network in validation errors: the file, or the request body (default). */
  source?: string;
  /**
   * True (default): solve in a worker thread with a deadline (`checkDeadlineMs`), so a server's event loop
   * stays free. False: on this thread, for a process that does nothing else (the CLI). Same document.
   */
  inWorker?: boolean;
};

/**
 * Is a restaking network secure (MODELS §6)? EigenLayer's sufficient condition per validator, the exact
 * check with its certificate (a valid attack, or secure with γ* bracketed by the exact search and the
 * relaxation, `restakingBounds`), the worst cascade for a shock, restaked against slashable stake. The
 * network is validated on this thread; the solving (`checkNetwork`) runs in a worker thread with a
 * deadline unless `inWorker` is false.
 * @example await restakingCheck(app, { network: { validators: [...], services: [...] }, psi: 0.1 })
 */
export async function restakingCheck(
  app: { config: Pick<Config, 'restakingFile'> },
  parameters: RestakingCheckParameters,
  options: RestakingCheckOptions = {},
): Promise<RestakingCheckResult> {
  const task = restakingCheckTask(app, parameters, options.source);
  if (options.inWorker === false) return checkNetwork(task);
  const ms = checkDeadlineMs(task.timeLimitSeconds);
  return runInWorker<RestakingCheckTask, RestakingCheckResult>(
    import.meta.url,
    './workers/restakingCheckWorker',
    task,
    {
      deadline: {
        ms,
        error: () =>
          new UsageError(
            `the check ran past its deadline of ${ms / 1000} s (three exact searches of the time limit and a minute for the relaxation)`,
            { field: 'timeLimitSeconds' },
          ),
      },
    },
  ).result;
}
