import { join } from 'node:path';
import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { Dataset, Flag } from './dataset.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'bitcoinlayers/layers';
/** The reviews' month (2025-11): stored as of its first day. */
const AS_OF = '2025-11-01' as Day;
const Tier = z.enum(['Low', 'Medium', 'High', 'VeryHigh', 'UnderReview', 'Unverified', 'AlternativePoS']);

/** An extract of one bitcoinlayers.org review; `riskFactors` in the order custody, DA, operators, finality. */
export const LayerEntry = z.looseObject({
  slug: z.string().min(1),
  title: z.string().min(1),
  entityType: z.string().min(1),
  live: z.string().min(1),
  btcLocked: z.string().regex(/^(NaN|\d+(\.\d+)?)$/, 'expected a number of BTC or "NaN"'),
  riskFactors: z.tuple([Tier, Tier, Tier, Tier]),
});
export const Layers = z.array(LayerEntry).min(1);

/** bitcoinlayers.org reviews of 75 Bitcoin layers (2025-11): type, status, BTC locked, four risk tiers. */
export const bitcoinLayers: Dataset = {
  id: ID,
  title: 'bitcoinlayers.org reviews (75 Bitcoin layers)',
  version: 1,
  files: (dir) => [join(dir, 'bitcoinlayers/layers.json')],
  tables: [{ table: 'btc_layer_profiles', dayColumn: 'as_of' }],
  caveats: [
    '"NaN" BTC locked is unknown, not zero.',
    'Nested per-token custody tiers are lost in this extract.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const entries = readJsonFile(f, Layers);
    const flags: Flag[] = [];
    const kept = entries.filter((e) => {
      const template = e.slug === 'slug' && e.title === 'Title';
      if (template)
        flags.push({
          kind: 'template-entry',
          excluded: true,
          subject: 'slug',
          message: 'the upstream template entry "Title" was skipped',
          file: f,
        });
      return !template;
    });
    const unknown = kept.filter((e) => e.btcLocked === 'NaN').length;
    if (unknown > 0)
      flags.push({
        kind: 'unknown-btc-locked',
        excluded: true,
        subject: `${unknown} layers`,
        message: `${unknown} layers have no BTC-locked figure: unknown, not 0`,
        file: f,
      });
    await tx.appendBtcLayerProfiles(
      ID,
      AS_OF,
      kept.map((e) => ({
        slug: e.slug,
        chain: normaliseChain(e.slug),
        name: e.title,
        entityType: e.entityType.replace(/^EntityType\./, ''),
        liveStatus: e.live.replace(/^LiveStatus\./, ''),
        btcLocked: e.btcLocked === 'NaN' ? null : Number(e.btcLocked),
        custody: e.riskFactors[0],
        dataAvailability: e.riskFactors[1],
        operators: e.riskFactors[2],
        finality: e.riskFactors[3],
      })),
    );
    return { rowsByFile: new Map([[f, entries.length]]), flags };
  },
};
