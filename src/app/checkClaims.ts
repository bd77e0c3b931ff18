import { z } from 'zod';
import { checkClaims as checkEach } from '../analytics/checkClaims.ts';
import { claimsFrom } from '../analytics/claims.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { CHAIN_TOTAL_SOURCES, provenance, TVL_SOURCES } from './provenance.ts';

/** An analyst's claims (`{claims: [...]}`, docs/methodology.md, "Claims files"), and where they came from for errors. */
export const CheckClaimsParameters = z
  .object({ claims: z.array(z.unknown()).max(1000) })
  .loose()
  .describe('claims: [{id, metric, subject, expect, tolerance, as_of, ...}]');
export type CheckClaimsParameters = z.input<typeof CheckClaimsParameters>;

const Value = z.union([z.number(), z.string(), z.boolean()]);

/** `faultline.claims/v1`: each claim `holds`, `differs` (actual, relative error) or is `unknown` (why). */
export const CheckClaimsResult = documentSchema('faultline.claims/v1', {
  results: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['holds', 'differs', 'unknown']),
      actual: Value.nullable(),
      expected: Value,
      error: z.number().nullable().describe('|actual − expected| / |expected| for numbers'),
      reason: z.string().nullable().describe('the basis of the actual value, or why it is unknown'),
    }),
  ),
});
export type CheckClaimsResult = z.infer<typeof CheckClaimsResult>;

/**
 * Checks an analyst's numeric claims against the store, each with the data up to its own `as_of`,
 * through the same questions the CLI and the API answer (a chain's TVL is DefiLlama's published total
 * where one exists). A malformed claim is a ValidationError naming the claim and field.
 */
export async function checkClaims(
  app: App,
  parameters: CheckClaimsParameters,
  source = 'request body',
): Promise<CheckClaimsResult> {
  const claims = claimsFrom(parameters, source);
  const results = await checkEach(claims, (asOf) => app.tvl(asOf));
  return {
    schema: 'faultline.claims/v1',
    asOf: null,
    ...(await provenance(app, [...TVL_SOURCES, ...CHAIN_TOTAL_SOURCES], null)),
    coverage: null,
    results,
  };
}
