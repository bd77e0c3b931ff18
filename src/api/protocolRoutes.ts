import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { drawdowns } from '../analytics/drawdowns.ts';
import type { ProtocolIdentity } from '../analytics/protocolIdentity.ts';
import { qualityFlags } from '../analytics/qualityFlags.ts';
import { explainTvl } from '../analytics/tvlExplain.ts';
import { type TvlRequest, tvlSeries } from '../analytics/tvlSeries.ts';
import { parseToggles } from '../analytics/tvlToggles.ts';
import { ValidationError } from '../core/errors.ts';
import { PageQuery, paginate } from './pagination.ts';
import { ApiProblem } from './problem.ts';
import { NoQuery } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** A protocol in a list: who it is and its TVL in the latest protocol-list snapshot (USD). */
function listed(p: ProtocolIdentity) {
  const tvls = p.members.map((m) => m.tvlUsd).filter((v): v is number => typeof v === 'number');
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    tvlUsd: tvls.length > 0 ? tvls.reduce((a, b) => a + b, 0) : null,
    members: p.members.map((m) => m.slug),
  };
}

/**
 * Protocols: search by name or slug (paginated, largest first), categories, and one protocol in full:
 * its TVL by chain on the latest day, its drawdown and its data-quality flags.
 */
export function protocolRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/protocols',
    {
      schema: {
        tags: ['protocols'],
        summary: 'Protocols, largest first; q searches names and slugs (paginated)',
        querystring: PageQuery.extend({
          q: z.string().max(200).optional().describe('part of a name or slug, any case'),
          category: z.string().max(200).optional().describe('a DefiLlama category, exact'),
        }),
      },
    },
    async ({ query: q }) => {
      const needle = q.q?.trim().toLowerCase() ?? '';
      const rows = (await ctx.tvl()).index
        .all()
        .filter(
          (p) =>
            (needle === '' ||
              p.id.includes(needle) ||
              p.name.toLowerCase().includes(needle) ||
              p.members.some((m) => m.slug.includes(needle))) &&
            (q.category === undefined || p.category === q.category),
        )
        .map(listed)
        .sort((a, b) => (b.tvlUsd ?? -1) - (a.tvlUsd ?? -1) || a.id.localeCompare(b.id));
      return { schema: 'faultline.protocols/v1', ...paginate(rows, q) };
    },
  );
  api.get(
    '/api/v1/categories',
    {
      schema: {
        tags: ['protocols'],
        summary: 'DefiLlama categories with daily history, with their protocol count and TVL (USD, snapshot)',
        querystring: NoQuery,
      },
    },
    async () => {
      const { index, universe } = await ctx.tvl();
      const withHistory = new Set(universe.counted.map((k) => universe.entries.get(k)?.category));
      const byCategory = new Map<string, { category: string; protocols: number; tvlUsd: number }>();
      for (const p of index.all().map(listed)) {
        if (p.category === null || !withHistory.has(p.category)) continue;
        const c = byCategory.get(p.category) ?? { category: p.category, protocols: 0, tvlUsd: 0 };
        c.protocols += 1;
        c.tvlUsd += p.tvlUsd ?? 0;
        byCategory.set(p.category, c);
      }
      return {
        schema: 'faultline.categories/v1',
        categories: [...byCategory.values()].sort((a, b) => b.tvlUsd - a.tvlUsd),
      };
    },
  );
  api.get(
    '/api/v1/protocols/:id',
    {
      schema: {
        tags: ['protocols'],
        summary: 'One protocol: identity, TVL by chain on the latest day, drawdown, data-quality flags',
        params: z.strictObject({ id: z.string().min(1).max(200) }),
        querystring: NoQuery,
      },
    },
    async ({ params }) => {
      const tvl = await ctx.tvl();
      let identity: ProtocolIdentity;
      try {
        identity = tvl.index.resolve(params.id);
      } catch (err) {
        if (err instanceof ValidationError) throw new ApiProblem('not-found', err.shortMessage);
        throw err;
      }
      const request: TvlRequest = {
        subject: { kind: 'protocol', protocol: identity.id },
        toggles: parseToggles(undefined, undefined),
        denominate: 'usd',
        from: null,
        to: null,
        includeFlagged: false,
      };
      const last = (await tvlSeries(tvl, request)).points.at(-1);
      const byChain = new Map<string, number>();
      if (last) {
        for (const line of (await explainTvl(tvl, request, last.day)).lines)
          if (line.section === 'tvl' && line.role !== 'rejected')
            byChain.set(line.chain, (byChain.get(line.chain) ?? 0) + line.usd);
      }
      const [rows, flags] = await Promise.all([
        drawdowns(tvl, { unit: 'usd', minPeakUsd: 0, asOf: null }),
        qualityFlags(tvl.store, { protocol: identity.id }),
      ]);
      return {
        schema: 'faultline.protocol/v1',
        ...listed(identity),
        latestDay: last?.day ?? null,
        chains: [...byChain].map(([chain, usd]) => ({ chain, usd })).sort((a, b) => b.usd - a.usd),
        drawdown: rows.find((r) => r.id === identity.id) ?? null,
        flags,
      };
    },
  );
}
