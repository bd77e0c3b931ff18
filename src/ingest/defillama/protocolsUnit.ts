import { normaliseChain } from '../../model/normaliseChain.ts';
import { getProtocols, type ProtocolList } from '../../sources/defillama/getProtocols.ts';
import {
  DOUBLECOUNTED_LIST_FILE,
  type DoublecountedFlags,
  readDoublecountedList,
} from '../../sources/files/readDoublecountedList.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { contentSha256 } from '../contentSha.ts';
import { checkpointOf, type IngestUnit, UNCHANGED } from '../ingestUnit.ts';
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from './defillamaDataset.ts';

/**
 * DefiLlama's protocol list (`/protocols`): who each protocol is (name, category, parent) and a
 * snapshot of its TVL dated `until`, replacing the previous live list. Each protocol's adapter
 * `doublecounted` flag is the list's own where it gives one, else the sourced registry list's.
 * `onList` receives the list so `--all` can plan one unit per protocol.
 */
export function protocolsUnit(
  api: HttpClient,
  onList: (list: ProtocolList) => void,
  flagged: DoublecountedFlags = readDoublecountedList(DOUBLECOUNTED_LIST_FILE),
): IngestUnit {
  const id = 'protocols';
  const flagOf = (p: ProtocolList[number]) =>
    p.doublecounted !== undefined && p.doublecounted !== null
      ? { doublecounted: p.doublecounted, doublecountedSource: 'DefiLlama /protocols' }
      : {
          doublecounted: flagged.has(p.slug) ? true : null,
          doublecountedSource: flagged.get(p.slug) ?? null,
        };
  return {
    id,
    async run(ctx) {
      const response = await getProtocols(api);
      if (response.status === 'not-modified') return { ...UNCHANGED, status: 'not-modified' };
      onList(response.data);
      const sha = contentSha256(response.data);
      if (ctx.checkpoint?.contentSha256 === sha && ctx.checkpoint.targetDay === ctx.until) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: {
          ...checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators),
          newestDay: ctx.until,
          contentSha256: sha,
        },
        flags: [],
        async write(tx) {
          await tx.replaceProtocolList(
            DEFILLAMA_DATASET,
            ctx.until,
            response.data.map((p) => ({
              slug: p.slug,
              name: p.name,
              category: p.category ?? null,
              parent: p.parentProtocol ?? null,
              url: p.url ?? null,
            })),
            response.data.map((p) => ({
              slug: p.slug,
              name: p.name,
              category: p.category ?? null,
              tvlUsd: p.tvl ?? null,
              chains: p.chains.map((c) => normaliseChain(c)),
              oracles: p.oracles ?? [],
              ...flagOf(p),
            })),
          );
        },
      });
      return { ...UNCHANGED, status: 'written', bytes: response.bytes };
    },
  };
}
