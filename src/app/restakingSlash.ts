import { z } from 'zod';
import type { Config } from '../core/config.ts';
import { UsageError, ValidationError } from '../core/errors.ts';
import { operatorSetId } from '../model/restaking.ts';
import { slashOperator } from '../risk/restaking/slashing.ts';
import { documentSchema, inputMeta } from './document.ts';
import { NumberParam, parseParameters } from './parameters.ts';
import { networkOf } from './restakingCheck.ts';

const Fraction = NumberParam.pipe(
  z.number().min(0, 'not a fraction in [0, 1]').max(1, 'not a fraction in [0, 1]'),
);

/** `restaking slash FILE`, `POST /api/v1/restaking/slash`: one operator set slashes one operator. */
export const RestakingSlashParameters = z.strictObject({
  network: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('the network in EigenLayer form ("format": "eigenlayer"); absent: the configured one'),
  operator: z.string().min(1).max(200).describe('the operator slashed'),
  set: z.string().min(1).max(200).describe('the operator set that slashes: AVS or AVS:id'),
  fraction: Fraction.describe('the fraction of the allocation slashed, in (0, 1]'),
});
export type RestakingSlashParameters = z.input<typeof RestakingSlashParameters>;

const Change = z.strictObject({ before: z.string(), after: z.string() });
const Amounts = z.strictObject({ before: z.number(), after: z.number() });

/**
 * `faultline.restaking-slash/v1`: EigenLayer's slashing accounting (ELIP-002). Magnitudes are the
 * contract's uint64 as decimal text (exact past 2^53); amounts are in the network's unit.
 */
export const RestakingSlashResult = documentSchema('faultline.restaking-slash/v1', {
  operator: z.string(),
  set: z.string(),
  fraction: z.number(),
  wadsToSlash: z.string().describe('the slash as the contract takes it, in (0, 1e18]'),
  unit: z.string().nullable(),
  strategies: z.array(
    z.strictObject({
      strategy: z.string(),
      maxMagnitude: Change,
      delegated: Amounts,
      slashed: z.number(),
      sets: z.array(z.strictObject({ set: z.string(), magnitude: Change, slashable: Amounts })),
      free: z.strictObject({
        before: z.string(),
        after: z.string(),
        amountBefore: z.number(),
        amountAfter: z.number(),
      }),
    }),
  ),
});
export type RestakingSlashResult = z.infer<typeof RestakingSlashResult>;

/**
 * EigenLayer's slashing accounting (ELIP-002; AllocationManager `_slashOperator`): the set's allocation
 * falls to a·(1 − w) rounded as `mulWadRoundUp`, the max magnitude by the same amount, and every other set
 * keeps its slashable amount. A graph-form network, an unknown operator or set, a set that has not enabled
 * slashing, and a slash of 0 (`InvalidWadToSlash`) are refused, naming the field.
 * @example await restakingSlash(app, { network, operator: 'operator', set: 'AVS1', fraction: 0.5 })
 */
export async function restakingSlash(
  app: { config: Pick<Config, 'restakingFile'> },
  parameters: RestakingSlashParameters,
  source = 'request body network',
): Promise<RestakingSlashResult> {
  const p = parseParameters(RestakingSlashParameters, parameters, 'restaking slash');
  const { input, title } = networkOf(app.config, p.network, source);
  if (input.format !== 'eigenlayer')
    throw new ValidationError('slashing needs the EigenLayer form ("format": "eigenlayer")', {
      source: p.network === undefined ? title : source,
      field: 'format',
    });
  const el = input.network;
  const op = el.operators.find((x) => x.id === p.operator);
  if (!op)
    throw new UsageError(
      `no operator "${p.operator}"; known: ${el.operators
        .slice(0, 20)
        .map((x) => x.id)
        .join(', ')}${el.operators.length > 20 ? ', …' : ''}`,
      { field: 'operator' },
    );
  const sets = el.operatorSets.filter((s) => operatorSetId(s) === p.set || s.avs === p.set);
  const set = sets[0];
  if (sets.length !== 1 || !set)
    throw new UsageError(
      `${sets.length === 0 ? 'no' : 'more than one'} operator set "${p.set}"; known: ${el.operatorSets.map(operatorSetId).join(', ')}`,
      { field: 'set' },
    );
  if (!set.slashable)
    throw new UsageError(`${operatorSetId(set)} has not enabled slashing: nothing can be slashed`, {
      field: 'set',
    });
  const result = slashOperator(el, op, operatorSetId(set), p.fraction);
  if (result.strategies.length === 0)
    throw new UsageError(`${op.id} has no allocation to ${operatorSetId(set)}`, { field: 'set' });
  return {
    schema: 'faultline.restaking-slash/v1',
    ...inputMeta(title.replace('restaking network', 'EigenLayer network')),
    ...result,
  };
}
