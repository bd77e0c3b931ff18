import { appendTo } from '../../core/appendTo.ts';
import type { Day } from '../../core/day.ts';
import { SourceError } from '../../core/errors.ts';
import { getProtocol } from '../../sources/defillama/getProtocol.ts';
import { type ProtocolSeries, protocolHistory } from '../../sources/defillama/protocolHistory.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import type { IngestFlag } from '../../store/store.ts';
import {
  checkpointOf,
  type IngestUnit,
  recordNotModified,
  storedValidators,
  UNCHANGED,
} from '../ingestUnit.ts';
import { checkSeries } from '../seriesQuality.ts';
import { staleFlag } from '../unitFlags.ts';
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from './defillamaDataset.ts';
import type { NewPoint } from './firstHistoryFacts.ts';
import { protocolWrite, tokenRowsOf } from './protocolWrite.ts';

/**
 * One protocol's history from `/protocol/{slug}`: stores the days no source has stored yet (up to
 * `until`, from `since`), each point checked by the quality rules (`seriesQuality.ts`) and stored with
 * its flag, plus token amounts and values of the core section, in one transaction with the checkpoint.
 * `stored`: whether any source had history of this protocol when the run was planned (if not, there is
 * no stored series to continue, and none is read).
 */
export function protocolUnit(api: HttpClient, slug: string, stored: boolean): IngestUnit {
  const id = `protocol:${slug}`;
  return {
    id,
    async run(ctx) {
      const response = await getProtocol(api, slug, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators);
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      const series = protocolHistory(response.data);
      const newestDay = series.reduce<Day | null>((d, s) => {
        const last = s.points.at(-1)?.day ?? null;
        return last !== null && (d === null || last > d) ? last : d;
      }, null);
      if (newestDay === null) {
        throw new SourceError(
          `DefiLlama returned no history for "${slug}" (empty tvl); stored history kept`,
          {
            source: response.url,
            retryable: true,
          },
        );
      }
      const state = stored ? await ctx.exclusive((s) => s.seriesState(slug)) : [];
      const known = new Map(state.map((s) => [`${s.chain}/${s.section}`, s]));
      const points: NewPoint[] = [];
      const tokenRows: unknown[][] = [];
      const flags: IngestFlag[] = [];
      let excluded = 0;
      for (const s of series) {
        const state = known.get(`${s.chain}/${s.section}`);
        const fresh = s.points.filter(
          (p) =>
            (!state || p.day > state.lastDay) && p.day <= ctx.until && (!ctx.since || p.day >= ctx.since),
        );
        if (fresh.length === 0) continue;
        const findings = new Map(checkSeries(fresh, state?.tail ?? [], s.tokensUsd).map((f) => [f.day, f]));
        for (const p of fresh) {
          const f = findings.get(p.day);
          const flag = f?.excluded ? f.kind : null;
          if (flag) excluded += 1;
          points.push({ chain: s.chain, section: s.section, day: p.day, usd: p.usd, flag });
          if (f)
            flags.push({
              dataset: DEFILLAMA_DATASET,
              unit: id,
              subject: `${s.chain}/${s.section}`,
              day: p.day,
              kind: f.kind,
              excluded: f.excluded,
              usd: p.usd,
              message: f.message,
            });
        }
        if (s.section === 'tvl' && s.chain !== 'all') {
          const days = new Set(fresh.map((p) => p.day));
          tokenRows.push(...tokenRowsOf(slug, s, days));
          flags.push(...unpricedFlags(id, s, days));
        }
      }
      flags.push(...staleFlag(DEFILLAMA_DATASET, id, newestDay, ctx.until, ctx.staleDays));
      const newPoints = points.length;
      if (
        newPoints === 0 &&
        ctx.checkpoint?.targetDay === ctx.until &&
        ctx.checkpoint.etag === checkpoint.etag
      ) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: { ...checkpoint, newestDay },
        flags,
        ...protocolWrite(slug, points, tokenRows, stored),
      });
      return {
        status: 'written',
        bytes: response.bytes,
        newPoints,
        excluded,
        warnings: flags.filter((f) => !f.excluded).length,
      };
    },
  };
}

/**
 * A token held (amount > 0) with no USD value is unpriced: DefiLlama leaves it out of TVL, which users
 * read as a silent zero. One warning per token and batch of new days, dated the first such day.
 */
function unpricedFlags(unit: string, s: ProtocolSeries, days: ReadonlySet<Day>): IngestFlag[] {
  const byToken = new Map<string, Day[]>();
  for (const day of [...days].sort()) {
    const values = s.tokensUsd.get(day) ?? {};
    for (const [token, amount] of Object.entries(s.tokenAmounts.get(day) ?? {})) {
      if (amount && amount > 0 && (values[token] === undefined || values[token] === null)) {
        appendTo(byToken, token, day);
      }
    }
  }
  return [...byToken].map(([token, list]) => ({
    dataset: DEFILLAMA_DATASET,
    unit,
    subject: `${s.chain}/${token}`,
    day: list[0] as Day,
    kind: 'unpriced',
    excluded: false,
    usd: null,
    message: `${token} held on ${list.length} day(s) from ${list[0]} to ${list.at(-1)} with no USD price: left out of TVL, not counted as zero`,
  }));
}
