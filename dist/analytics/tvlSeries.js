// src/analytics/tvlSeries.ts
import { ValidationError } from "../core/errors.js";
import { denominator, priceAsset } from "./denominate.js";
import { daysFromSteps } from "./tvlDays.js";
import { composeDay } from "./tvlRules.js";
import { chainCandidates, resolveSubject } from "./tvlSubject.js";
function ruleText(subject, toggles) {
  const sections = toggles.sections.length > 0 ? ` + ${toggles.sections.join(" + ")}` : "";
  if (!subject.chainRules) return `tvl${sections} of the protocol's own history (all chains)`;
  const minus = [
    toggles.doublecounted ? null : "doublecounted",
    toggles.liquidstaking ? null : "liquidstaking"
  ].filter((x) => x !== null);
  const overlap = minus.length === 2 ? " + dcAndLsOverlap" : "";
  const bridges = toggles.bridge ? "" : ", Bridge, Canonical Bridge";
  return `tvl${minus.map((m) => ` \u2212 ${m}`).join("")}${overlap}${sections}; excluded categories: Chain, CEX, Infrastructure, Staking Pool, RWA, Basis Trading, CeDeFi${bridges}`;
}
async function tvlSeries(ctx, request) {
  const subject = resolveSubject(ctx, request.subject, request.to, request.includeFlagged === true);
  const { horizon, steps } = await ctx.store.tvlSteps(subject.query);
  const days = daysFromSteps(steps, horizon);
  if (days.days.size === 0) {
    const hint = request.subject.kind === "chain" ? chainCandidates(request.subject.chain).join(", ") : void 0;
    throw new ValidationError(
      `no TVL history for ${subject.label}${request.to ? ` up to ${request.to}` : ""}${hint ? `; known chains like it: ${hint}` : ""}`,
      { field: request.subject.kind }
    );
  }
  const closes = request.denominate === "usd" ? [] : await ctx.store.dailyPrices(priceAsset(request.denominate));
  const unit = denominator(request.denominate, closes);
  const points = [];
  for (const [day, cells] of days.days) {
    if (request.from !== null && day < request.from || request.to !== null && day > request.to) continue;
    const { usd, parts } = composeDay(cells, request.toggles);
    points.push({ day, usd, value: unit.convert(day, usd), parts });
  }
  const published = subject.chains?.length === 1 && request.subject.kind === "chain" ? (await ctx.store.chainDailyTvl(subject.chains[0])).filter(
    (p) => (request.from === null || p.day >= request.from) && (request.to === null || p.day <= request.to)
  ) : [];
  return {
    subject,
    request,
    rule: `${ruleText(subject, request.toggles)}${request.includeFlagged ? "; flagged points included" : ""}`,
    points,
    published,
    notes: await notesFor(ctx, subject, request, points)
  };
}
async function notesFor(ctx, subject, request, points) {
  const notes = [];
  const unpriced = points.filter((p) => p.value === null);
  if (unpriced.length > 0) {
    notes.push(
      `${unpriced.length} days have no ${request.denominate.toUpperCase()} price (${unpriced[0]?.day} \u2026 ${unpriced.at(-1)?.day}): left blank, not zero`
    );
  }
  for (const section of request.toggles.sections) {
    if (points.every((p) => (p.parts.sections[section] ?? 0) === 0)) {
      notes.push(
        `section ${section}: no stored points for this subject (the daily history was built without it)`
      );
    }
  }
  if (request.subject.kind === "protocol" || request.subject.kind === "category") {
    const keys = new Set(subject.query.protocols ?? []);
    for (const f of await ctx.store.qualityFlags()) {
      if (f.subject.split(", ").some((k) => keys.has(k)))
        notes.push(`${f.kind}: ${f.message} [${f.subject}]`);
    }
  }
  return notes;
}
export {
  ruleText,
  tvlSeries
};
