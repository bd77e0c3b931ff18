import { z } from 'zod';
import type { ProtocolIdentity } from '../analytics/protocolIdentity.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { PageFields, PageParameters, page } from './page.ts';
import { parseParameters } from './parameters.ts';
import { provenance } from './provenance.ts';

export const ProtocolsParameters = z.strictObject({
  q: z.string().max(200).optional().describe('part of a name or slug, any case'),
  category: z.string().max(200).optional().describe('a DefiLlama category, exact'),
  ...PageParameters,
});
export type ProtocolsParameters = z.input<typeof ProtocolsParameters>;

/** A protocol in a list: who it is and its TVL in the protocol-list snapshot (USD), with that day. */
export const ListedProtocol = z.strictObject({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  tvlUsd: z.number().nullable().describe('sum of its members in the protocol-list snapshot (USD)'),
  members: z.array(z.string()),
});
export type ListedProtocol = z.infer<typeof ListedProtocol>;

/** `faultline.protocols/v1`: protocols, largest first, searched by name or slug. */
export const ProtocolsResult = documentSchema('faultline.protocols/v1', {
  ...PageFields,
  rows: z.array(ListedProtocol),
});
export type ProtocolsResult = z.infer<typeof ProtocolsResult>;

const SNAPSHOT_SOURCES = ['defillama/protocols-snapshot', 'defillama/api'];

/** A protocol as a list shows it. */
export function listed(p: ProtocolIdentity): ListedProtocol {
  const tvls = p.members.map((m) => m.tvlUsd).filter((v): v is number => typeof v === 'number');
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    tvlUsd: tvls.length > 0 ? tvls.reduce((a, b) => a + b, 0) : null,
    members: p.members.map((m) => m.slug),
  };
}

/** Protocols known to Faultline, largest first (snapshot TVL), filtered by name, slug or category. */
export async function protocols(app: App, parameters: ProtocolsParameters): Promise<ProtocolsResult> {
  const p = parseParameters(ProtocolsParameters, parameters, 'protocols');
  const ctx = await app.tvl();
  const needle = p.q?.trim().toLowerCase() ?? '';
  const rows = ctx.index
    .all()
    .filter(
      (x) =>
        (needle === '' ||
          x.id.includes(needle) ||
          x.name.toLowerCase().includes(needle) ||
          x.members.some((m) => m.slug.includes(needle))) &&
        (p.category === undefined || x.category === p.category),
    )
    .map(listed)
    .sort((a, b) => (b.tvlUsd ?? -1) - (a.tvlUsd ?? -1) || a.id.localeCompare(b.id));
  return {
    schema: 'faultline.protocols/v1',
    asOf: ctx.snapshot[0]?.day ?? null,
    ...(await provenance(app, SNAPSHOT_SOURCES, null)),
    coverage: null,
    ...page(rows, p),
  };
}

/** `faultline.categories/v1`: DefiLlama categories with daily history, their protocol count and snapshot TVL. */
export const CategoriesResult = documentSchema('faultline.categories/v1', {
  categories: z.array(
    z.strictObject({
      category: z.string(),
      protocols: z.number().int(),
      tvlUsd: z.number().describe('USD, snapshot'),
    }),
  ),
});
export type CategoriesResult = z.infer<typeof CategoriesResult>;

/** Categories with daily history, each with its protocol count and snapshot TVL (USD), largest first. */
export async function categories(app: App): Promise<CategoriesResult> {
  const { index, universe, snapshot } = await app.tvl();
  const withHistory = new Set(universe.counted.map((k) => universe.entries.get(k)?.category));
  const byCategory = new Map<string, { category: string; protocols: number; tvlUsd: number }>();
  for (const x of index.all().map(listed)) {
    if (x.category === null || !withHistory.has(x.category)) continue;
    const c = byCategory.get(x.category) ?? { category: x.category, protocols: 0, tvlUsd: 0 };
    c.protocols += 1;
    c.tvlUsd += x.tvlUsd ?? 0;
    byCategory.set(x.category, c);
  }
  return {
    schema: 'faultline.categories/v1',
    asOf: snapshot[0]?.day ?? null,
    ...(await provenance(app, SNAPSHOT_SOURCES, null)),
    coverage: null,
    categories: [...byCategory.values()].sort((a, b) => b.tvlUsd - a.tvlUsd),
  };
}
