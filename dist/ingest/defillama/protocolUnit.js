// src/ingest/defillama/protocolUnit.ts
import { appendTo } from "../../core/appendTo.js";
import { SourceError } from "../../core/errors.js";
import { getProtocol } from "../../sources/defillama/getProtocol.js";
import { protocolHistory } from "../../sources/defillama/protocolHistory.js";
import {
  checkpointOf,
  recordNotModified,
  storedValidators,
  UNCHANGED
} from "../ingestUnit.js";
import { checkSeries } from "../seriesQuality.js";
import { staleFlag } from "../unitFlags.js";
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from "./defillamaDataset.js";
import { protocolWrite, tokenRowsOf } from "./protocolWrite.js";
function protocolUnit(api, slug, stored) {
  const id = `protocol:${slug}`;
  return {
    id,
    async run(ctx) {
      const response = await getProtocol(api, slug, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators);
      if (response.status === "not-modified") return recordNotModified(ctx, checkpoint);
      const series = protocolHistory(response.data);
      const newestDay = series.reduce((d, s) => {
        const last = s.points.at(-1)?.day ?? null;
        return last !== null && (d === null || last > d) ? last : d;
      }, null);
      if (newestDay === null) {
        throw new SourceError(
          `DefiLlama returned no history for "${slug}" (empty tvl); stored history kept`,
          {
            source: response.url,
            retryable: true
          }
        );
      }
      const state = stored ? await ctx.exclusive((s) => s.seriesState(slug)) : [];
      const known = new Map(state.map((s) => [`${s.chain}/${s.section}`, s]));
      const points = [];
      const tokenRows = [];
      const flags = [];
      let excluded = 0;
      for (const s of series) {
        const state2 = known.get(`${s.chain}/${s.section}`);
        const fresh = s.points.filter(
          (p) => (!state2 || p.day > state2.lastDay) && p.day <= ctx.until && (!ctx.since || p.day >= ctx.since)
        );
        if (fresh.length === 0) continue;
        const findings = new Map(checkSeries(fresh, state2?.tail ?? [], s.tokensUsd).map((f) => [f.day, f]));
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
              message: f.message
            });
        }
        if (s.section === "tvl" && s.chain !== "all") {
          const days = new Set(fresh.map((p) => p.day));
          tokenRows.push(...tokenRowsOf(slug, s, days));
          flags.push(...unpricedFlags(id, s, days));
        }
      }
      flags.push(...staleFlag(DEFILLAMA_DATASET, id, newestDay, ctx.until, ctx.staleDays));
      const newPoints = points.length;
      if (newPoints === 0 && ctx.checkpoint?.targetDay === ctx.until && ctx.checkpoint.etag === checkpoint.etag) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: { ...checkpoint, newestDay },
        flags,
        ...protocolWrite(slug, points, tokenRows, stored)
      });
      return {
        status: "written",
        bytes: response.bytes,
        newPoints,
        excluded,
        warnings: flags.filter((f) => !f.excluded).length
      };
    }
  };
}
function unpricedFlags(unit, s, days) {
  const byToken = /* @__PURE__ */ new Map();
  for (const day of [...days].sort()) {
    const values = s.tokensUsd.get(day) ?? {};
    for (const [token, amount] of Object.entries(s.tokenAmounts.get(day) ?? {})) {
      if (amount && amount > 0 && (values[token] === void 0 || values[token] === null)) {
        appendTo(byToken, token, day);
      }
    }
  }
  return [...byToken].map(([token, list]) => ({
    dataset: DEFILLAMA_DATASET,
    unit,
    subject: `${s.chain}/${token}`,
    day: list[0],
    kind: "unpriced",
    excluded: false,
    usd: null,
    message: `${token} held on ${list.length} day(s) from ${list[0]} to ${list.at(-1)} with no USD price: left out of TVL, not counted as zero`
  }));
}
export {
  protocolUnit
};
