import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import { getProtocols, type ProtocolList } from '../../sources/defillama/getProtocols.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { contentSha256 } from '../contentSha.ts';
import { type IngestUnit, UNCHANGED } from '../ingestUnit.ts';
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from './defillamaDataset.ts';

/**
 * DefiLlama's protocol list (`/protocols`): who each protocol is (name, category, parent) and a
 * snapshot of its TVL dated `until`, replacing the previous live list. `onList` receives the list so
 * `--all` can plan one unit per protocol.
 */
export function protocolsUnit(api: HttpClient, onList: (list: ProtocolList) => void): IngestUnit {
  const id = 'protocols';
  return {
    id,
    async run(ctx) {
      const response = await getProtocols(api);
      if (response.status === 'not-modified') return { ...UNCHANGED, status: 'not-modified' };
      onList(response.data);
      const identities = response.data.map((p) => [
        DEFILLAMA_DATASET,
        p.slug,
        p.name,
        p.category ?? null,
        p.parentProtocol ?? null,
        p.url ?? null,
      ]);
      const snapshot = (day: Day) =>
        response.data.map((p) => [
          DEFILLAMA_DATASET,
          day,
          p.slug,
          p.name,
          p.category ?? null,
          p.tvl ?? null,
          p.chains.map((c) => normaliseChain(c)),
          p.oracles ?? [],
        ]);
      const sha = contentSha256(response.data);
      if (ctx.checkpoint?.contentSha256 === sha && ctx.checkpoint.targetDay === ctx.until) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: {
          source: DEFILLAMA_SOURCE,
          unit: id,
          targetDay: ctx.until,
          newestDay: ctx.until,
          etag: response.validators.etag,
          lastModified: response.validators.lastModified,
          contentSha256: sha,
        },
        flags: [],
        async write(tx) {
          await tx.run('DELETE FROM protocols WHERE dataset = ?', [DEFILLAMA_DATASET]);
          await tx.run('DELETE FROM protocol_snapshots WHERE dataset = ? AND day = ?::DATE', [
            DEFILLAMA_DATASET,
            ctx.until,
          ]);
          await tx.append(
            'protocols',
            [
              ['dataset', 'varchar'],
              ['slug', 'varchar'],
              ['name', 'varchar'],
              ['category', 'varchar'],
              ['parent', 'varchar'],
              ['url', 'varchar'],
            ],
            identities,
          );
          await tx.append(
            'protocol_snapshots',
            [
              ['dataset', 'varchar'],
              ['day', 'date'],
              ['slug', 'varchar'],
              ['name', 'varchar'],
              ['category', 'varchar'],
              ['tvl_usd', 'double'],
              ['chains', 'varchar[]'],
              ['oracles', 'varchar[]'],
            ],
            snapshot(ctx.until),
          );
        },
      });
      return { ...UNCHANGED, status: 'written', bytes: response.bytes };
    },
  };
}
