import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { slugify } from '../../model/protocol.ts';
import type { Dataset, Flag } from './dataset.ts';
import { DOUBLECOUNTED_LIST_FILE, readDoublecountedList } from './readDoublecountedList.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'defillama/protocols-snapshot';

/** DefiLlama `/lite/protocols2`, trimmed: one entry per protocol (id and slug left blank upstream). */
export const SnapshotEntry = z.looseObject({
  name: z.string().min(1),
  category: z.string().nullish(),
  tvl: z.number().nullish(),
  chains: z.array(z.string()).nullish(),
  oracles: z.array(z.string()).nullish(),
  url: z.string().nullish(),
});
export type SnapshotEntry = z.infer<typeof SnapshotEntry>;
export const Snapshot = z.array(SnapshotEntry).min(1);

/**
 * DefiLlama's protocol list on one day (2025-12-19): name, category, TVL (USD), chains, oracles, and
 * each protocol's adapter `doublecounted` flag from the sourced registry list (the list has none).
 */
export const defillamaProtocolsSnapshot: Dataset = {
  id: ID,
  title: 'DefiLlama protocol list snapshot',
  version: 2,
  files: (dir) => [join(dir, 'defillama/protocols_snapshot_2025-12-19.json'), DOUBLECOUNTED_LIST_FILE],
  tables: [
    { table: 'protocol_snapshots', dayColumn: 'day' },
    { table: 'protocols', dayColumn: null },
  ],
  caveats: [
    'One day only (2025-12-19); slugs are blank upstream and derived from names (DefiLlama convention).',
    'Entries without a TVL are unknown, not zero.',
    "Adapters' doublecounted flags are not in the list: registry/defillama/doublecounted.json supplies them, each with its adapter line.",
  ],
  async load(tx, [file, listFile]) {
    const f = file as string;
    const entries = readJsonFile(f, Snapshot);
    const flagged = readDoublecountedList(listFile as string);
    const day = (/(\d{4}-\d{2}-\d{2})/.exec(basename(f))?.[1] ?? '2025-12-19') as Day;
    const flags: Flag[] = [];
    const seen = new Map<string, string>();
    const rows = entries.map((e) => {
      let slug: string = slugify(e.name);
      const earlier = seen.get(slug);
      if (earlier !== undefined) {
        flags.push({
          kind: 'duplicate-slug',
          excluded: false,
          subject: slug,
          message: `"${e.name}" and "${earlier}" share a slug; the second is kept as ${slug}~2`,
          file: f,
        });
        slug = `${slug}~2`;
      }
      seen.set(slug, e.name);
      return { e, slug };
    });
    await tx.appendProtocolSnapshots(
      ID,
      day,
      rows.map(({ e, slug }) => ({
        slug,
        name: e.name,
        category: e.category ?? null,
        tvlUsd: e.tvl ?? null,
        chains: e.chains ?? [],
        oracles: e.oracles ?? [],
        doublecounted: flagged.has(slug) ? true : null,
        doublecountedSource: flagged.get(slug) ?? null,
      })),
    );
    const unmatched = [...flagged.keys()].filter((slug) => !seen.has(slug));
    if (unmatched.length > 0)
      flags.push({
        kind: 'unmatched-doublecounted',
        excluded: false,
        subject: unmatched.join(', '),
        message: `${unmatched.length} protocol(s) of the doublecounted list are not in this snapshot: their flag applies to nothing here`,
        file: listFile as string,
      });
    await tx.appendProtocols(
      ID,
      rows.map(({ e, slug }) => ({
        slug,
        name: e.name,
        category: e.category ?? null,
        parent: null,
        url: e.url ?? null,
      })),
    );
    const unknown = entries.filter((e) => e.tvl === null || e.tvl === undefined).length;
    if (unknown > 0) {
      flags.push({
        kind: 'unknown-tvl',
        excluded: true,
        subject: `${unknown} protocols`,
        message: `${unknown} of ${entries.length} protocols list no TVL: shown as unknown, never as $0`,
        file: f,
      });
    }
    return { rowsByFile: new Map([[f, entries.length]]), flags };
  },
};
