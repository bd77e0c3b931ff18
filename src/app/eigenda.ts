import { z } from 'zod';
import { UsageError } from '../core/errors.ts';
import { EIGENDA_MAINNET, eigenDaVerdict, type Fraction, parseDecimal } from '../risk/restaking/eigenda.ts';
import { documentSchema, inputMeta } from './document.ts';
import { parseParameters } from './parameters.ts';

const Decimal = z.union([z.string(), z.number()]).transform(String);

export const EigenDaParameters = z.strictObject({
  confirmation: Decimal.default('55').describe('confirmation threshold, % of stake'),
  adversary: Decimal.default('33').describe('adversary threshold, % of stake'),
  stakes: z
    .union([z.string(), z.array(Decimal)])
    .optional()
    .describe('operator stakes (any unit), comma-separated: chunks and the smallest breaking sets'),
});
export type EigenDaParameters = z.input<typeof EigenDaParameters>;

const Breaking = z.strictObject({ operators: z.number().int(), share: z.number() }).nullable();

/** `faultline.da-eigenda/v1`: EigenDA's thresholds on exact fractions (MODELS §6). */
export const EigenDaResult = documentSchema('faultline.da-eigenda/v1', {
  reconstructionThreshold: z.number().describe('r = c/(c−n)·γ, a fraction of stake'),
  confirmationThreshold: z.number(),
  adversaryThreshold: z.number(),
  safe: z.boolean().describe('CT − AT ≥ r'),
  livenessThreshold: z.number().describe('1 − CT'),
  chunks: z.array(z.number().int()).describe("each operator's chunks of a blob, capped at c·γ"),
  breakSafety: Breaking,
  breakLiveness: Breaking,
  parameters: z.strictObject({
    maxOperators: z.number().int(),
    chunks: z.number().int(),
    inverseCodingRate: z.number().int(),
  }),
});
export type EigenDaResult = z.infer<typeof EigenDaResult>;

function percent(text: string, field: string): Fraction {
  let f: Fraction;
  try {
    f = parseDecimal(text);
  } catch {
    throw new UsageError(`not a percentage: "${text}"`, { field });
  }
  if (f.n > f.d * 100n) throw new UsageError(`not a percentage in [0, 100]: "${text}"`, { field });
  return { n: f.n, d: f.d * 100n };
}

function stakesOf(given: string | string[] | undefined): Fraction[] {
  const list = typeof given === 'string' ? given.split(',') : (given ?? []);
  const stakes = list
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      try {
        return parseDecimal(s);
      } catch {
        throw new UsageError(`not a non-negative stake: "${s}"`, { field: 'stakes' });
      }
    });
  if (stakes.length > 0 && stakes.every((s) => s.n === 0n))
    throw new UsageError('the stakes sum to zero', { field: 'stakes' });
  return stakes;
}

/**
 * EigenDA's thresholds on exact fractions (mainnet n = 3537, c = 8192, γ = 1/8): is a confirmation /
 * adversary pair safe (CT − AT ≥ r = 0.219979), the liveness threshold, and with stakes the chunks per
 * operator and the fewest top operators that break safety or liveness.
 */
export async function eigenda(parameters: EigenDaParameters): Promise<EigenDaResult> {
  const p = parseParameters(EigenDaParameters, parameters, 'da eigenda');
  const v = eigenDaVerdict(
    percent(p.confirmation, 'confirmation'),
    percent(p.adversary, 'adversary'),
    stakesOf(p.stakes),
  );
  return {
    schema: 'faultline.da-eigenda/v1',
    ...inputMeta("the thresholds and stakes given, on EigenDA's mainnet parameters"),
    ...v,
    parameters: { ...EIGENDA_MAINNET },
  };
}
