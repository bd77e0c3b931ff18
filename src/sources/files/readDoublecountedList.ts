import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { readJsonFile } from './readJsonFile.ts';

/** The sourced list of DefiLlama adapters that set `doublecounted: true` (README, "Registry"). */
export const DOUBLECOUNTED_LIST_FILE = fileURLToPath(
  new URL('../../../registry/defillama/doublecounted.json', import.meta.url),
);

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'not a 40-hex-digit commit');

/** `registry/defillama/doublecounted.json`: each protocol slug with the adapter file, line and commit that set its flag. */
export const DoublecountedList = z.strictObject({
  description: z.string().min(1),
  repository: z.literal('DefiLlama/DefiLlama-Adapters'),
  checkedAt: sha,
  protocols: z.array(
    z.strictObject({
      slug: z.string().min(1),
      name: z.string().min(1),
      adapter: z.string().regex(/^projects\/.+\.(js|ts)$/, 'not an adapter path (projects/...)'),
      line: z.number().int().positive(),
      commit: sha,
      evidence: z.string().min(1),
    }),
  ),
});
export type DoublecountedList = z.infer<typeof DoublecountedList>;

/** Where a protocol's `doublecounted: true` comes from, e.g. `DefiLlama-Adapters projects/renzo/index.js:53 @906b2d7b`. */
export type DoublecountedFlags = ReadonlyMap<string, string>;

/**
 * Reads the sourced list: slug → the adapter line that sets the flag. A slug listed twice is refused.
 * @example readDoublecountedList(DOUBLECOUNTED_LIST_FILE).get('renzo')
 */
export function readDoublecountedList(file: string): DoublecountedFlags {
  const list = readJsonFile(file, DoublecountedList);
  const out = new Map<string, string>();
  list.protocols.forEach((p, i) => {
    if (out.has(p.slug))
      throw new ValidationError(`protocol "${p.slug}" is listed twice`, {
        source: file,
        place: `protocols[${i}]`,
        field: 'slug',
      });
    out.set(p.slug, `DefiLlama-Adapters ${p.adapter}:${p.line} @${p.commit.slice(0, 8)}`);
  });
  return out;
}
