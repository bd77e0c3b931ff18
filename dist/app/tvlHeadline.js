// src/app/tvlHeadline.ts
import { z } from "zod";
import { newestFigure } from "../analytics/newestFigure.js";
import { explainTvl } from "../analytics/tvlExplain.js";
import { DaySchema } from "./parameters.js";
var Headline = z.strictObject({
  usd: z.number().describe("USD"),
  day: DaySchema,
  basis: z.enum(["published", "stored-sum", "history", "snapshot"]),
  note: z.string()
});
async function tvlHeadline(app, series) {
  const last = series.points.at(-1);
  if (!last) return null;
  const kind = series.request.subject.kind;
  if (kind === "protocol") {
    const ctx = await app.tvl();
    const identity = ctx.index.resolve(series.request.subject.protocol);
    const newest = newestFigure(identity, { day: last.day, usd: last.usd }, ctx.snapshot);
    if (!newest) return null;
    return {
      headline: {
        usd: newest.usd,
        day: newest.day,
        basis: newest.from,
        note: newest.from === "snapshot" ? `the protocol list of ${newest.day} (newer than the daily history, which ends ${last.day})` : `the daily history's last day`
      },
      coverage: null
    };
  }
  const counted = await storedProtocols(app, series, last.day);
  const published = series.published.at(-1);
  if (kind === "chain" && published && series.request.toggles.sections.length === 0) {
    const both = [...series.points].reverse().find((pt) => series.published.some((q) => q.day === pt.day));
    const onDay = both ? series.published.find((q) => q.day === both.day) : void 0;
    const coverage = both && onDay ? {
      day: both.day,
      publishedUsd: onDay.value,
      explainedUsd: both.usd,
      share: onDay.value > 0 ? both.usd / onDay.value : null,
      note: `the ${counted} stored protocols explain ${onDay.value > 0 ? (100 * both.usd / onDay.value).toFixed(1) : "an unknown share"}% of DefiLlama's published total on ${both.day}`
    } : null;
    return {
      headline: {
        usd: published.value,
        day: published.day,
        basis: "published",
        note: `DefiLlama's published chain total (${published.dataset})`
      },
      coverage
    };
  }
  return {
    headline: {
      usd: last.usd,
      day: last.day,
      basis: "stored-sum",
      note: `a sum of ${counted} stored protocols: no published total exists for this subject here`
    },
    coverage: null
  };
}
async function storedProtocols(app, series, day) {
  const explanation = await explainTvl(await app.tvl(), series.request, day);
  return new Set(explanation.lines.filter((l) => l.role === "counted").map((l) => l.protocol)).size;
}
export {
  Headline,
  tvlHeadline
};
