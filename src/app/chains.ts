import { z } from 'zod';
import { CHAINS } from '../model/chains.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { PageFields, PageParameters, page } from './page.ts';
import { parseParameters } from './parameters.ts';

export const ChainsParameters = z.strictObject({
  layer: z.enum(['L1', 'L2', 'L3', 'sidechain', 'btc-layer']).optional(),
  ...PageParameters,
});
export type ChainsParameters = z.input<typeof ChainsParameters>;

/** `faultline.chains/v1`: the chain taxonomy (MODELS §2): layer, settlement parent, stack, DA. */
export const ChainsResult = documentSchema('faultline.chains/v1', {
  ...PageFields,
  rows: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      layer: z.string(),
      parent: z.string().nullable(),
      stack: z.string().nullable(),
      da: z.string().nullable(),
      aliases: z.array(z.string()),
    }),
  ),
});
export type ChainsResult = z.infer<typeof ChainsResult>;

/** Chains of Faultline's taxonomy (shipped with it), with their layer, parent, stack and DA. */
export async function chains(_app: App, parameters: ChainsParameters): Promise<ChainsResult> {
  const p = parseParameters(ChainsParameters, parameters, 'chains');
  const rows = [...CHAINS.values()]
    .filter((c) => p.layer === undefined || c.layer === p.layer)
    .map((c) => ({ ...c, aliases: [...c.aliases] }));
  return {
    schema: 'faultline.chains/v1',
    asOf: null,
    dataThrough: {},
    coverage: null,
    sources: [{ id: 'registry', title: 'Faultline chain taxonomy (src/model/chains.ts)', kind: 'registry' }],
    ...page(rows, p),
  };
}
