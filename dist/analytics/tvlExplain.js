// src/analytics/tvlExplain.ts
import { parseDay } from "../core/day.js";
import { ValidationError } from "../core/errors.js";
import { denominator, priceAsset } from "./denominate.js";
import { cellRole, composeDay } from "./tvlRules.js";
import { ruleText } from "./tvlSeries.js";
import { resolveSubject } from "./tvlSubject.js";
async function explainTvl(ctx, request, dayText) {
  const day = parseDay(dayText);
  if (!day) throw new ValidationError(`not a day: "${dayText}" (expected YYYY-MM-DD)`, { field: "explain" });
  const subject = resolveSubject(ctx, request.subject, request.to, request.includeFlagged === true);
  const points = await ctx.store.tvlPointsOn(subject.query, day);
  if (points.length === 0) {
    throw new ValidationError(`no TVL points stand for ${subject.label} on ${day}`, { field: "explain" });
  }
  const { toggles } = request;
  const cells = [];
  const lines = points.map((p) => {
    const entry = ctx.universe.entries.get(p.protocol);
    const cls = subject.query.classes.get(p.protocol) ?? 0;
    const gap = p.pointDay === day ? "" : p.pointDay > day ? `gap filled from ${p.pointDay}` : `carried from ${p.pointDay}`;
    const base = {
      protocol: p.protocol,
      name: entry?.identity.name ?? p.protocol,
      category: entry?.category ?? null,
      chain: p.chain,
      section: p.section,
      usd: p.usd,
      pointDay: p.pointDay
    };
    if (p.flag) return { ...base, role: "rejected", why: `DefiLlama sanity rule: ${p.flag}` };
    cells.push({ section: p.section, cls, usd: p.usd });
    const role = cellRole(p.section, cls, toggles);
    const why = WHY[role](p.section, entry?.category ?? null);
    return { ...base, role, why: [why, gap].filter((w) => w !== "").join("; ") };
  });
  const { usd, parts } = composeDay(cells, toggles);
  const closes = request.denominate === "usd" ? [] : await ctx.store.dailyPrices(priceAsset(request.denominate));
  const published = request.subject.kind === "chain" && subject.chains?.length === 1 ? (await ctx.store.chainDailyTvl(subject.chains[0])).find((p) => p.day === day) : void 0;
  return {
    day,
    label: subject.label,
    rule: ruleText(subject, toggles),
    usd,
    value: denominator(request.denominate, closes).convert(day, usd),
    unit: request.denominate,
    parts,
    lines,
    published: published ? { usd: published.value, dataset: published.dataset, unexplainedUsd: published.value - usd } : null,
    inParent: subject.chainRules ? [...ctx.universe.entries.values()].filter((e) => e.coveredBy !== null).map((e) => `${e.key} (inside ${e.coveredBy})`) : []
  };
}
var WHY = {
  counted: (section) => section === "tvl" ? "" : `section ${section} enabled`,
  "excluded category": (_, category) => `category ${category}`,
  "section not enabled": (section) => `add with --sections ${section}`,
  "subtracted: double counted": (_, category) => `category ${category}; add with --include doublecounted`,
  "subtracted: liquid staking": () => "add with --include liquidstaking"
};
export {
  explainTvl
};
