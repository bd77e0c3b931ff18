// src/analytics/protocolDrawdowns.ts
import { daysBetween } from "../core/day.js";
import { drawdown } from "./drawdown.js";
function protocolDrawdowns(totals, snapshots, index) {
  const series = /* @__PURE__ */ new Map();
  for (const t of totals) {
    const id = index.forKey(t.protocol).id;
    const byDataset = series.get(id) ?? /* @__PURE__ */ new Map();
    const points = byDataset.get(t.dataset) ?? [];
    points.push({ day: t.day, value: t.tvlUsd });
    byDataset.set(t.dataset, points);
    series.set(id, byDataset);
  }
  const latestSnapshotDay = snapshots.reduce(
    (d, s) => d === null || s.day > d ? s.day : d,
    null
  );
  const snapshotBySlug = new Map(
    snapshots.filter((s) => s.day === latestSnapshotDay).map((s) => [s.slug, s])
  );
  const rows = [];
  for (const [id, byDataset] of series) {
    const identity = index.forKey(id);
    const perDataset = [...byDataset.values()].map((points) => drawdown(points)).filter((d) => d !== null);
    const first = perDataset[0];
    if (!first) continue;
    const best = perDataset.reduce((a, b) => b.peak > a.peak ? b : a, first);
    const lastHistory = perDataset.reduce((a, b) => b.latestDay > a.latestDay ? b : a, best);
    const members = identity.members.map((m) => snapshotBySlug.get(m.slug)).filter((s) => s !== void 0);
    const known = members.filter((m) => m.tvlUsd !== null);
    const useSnapshot = latestSnapshotDay !== null && known.length > 0 && latestSnapshotDay > lastHistory.latestDay;
    const latestUsd = useSnapshot ? known.reduce((s, m) => s + (m.tvlUsd ?? 0), 0) : lastHistory.latest;
    const latestDay = useSnapshot ? latestSnapshotDay : lastHistory.latestDay;
    const longest = [...byDataset.values()].reduce((a, b) => b.length > a.length ? b : a);
    rows.push({
      id,
      name: identity.name,
      category: identity.category,
      peakDay: best.peakDay,
      peakUsd: best.peak,
      latestDay,
      latestUsd,
      latestFrom: useSnapshot ? "snapshot" : "history",
      drawdown: 1 - latestUsd / best.peak,
      daysSincePeak: daysBetween(best.peakDay, latestDay),
      sources: [...byDataset.keys()].sort(),
      snapshotMembers: useSnapshot ? known.map((m) => m.name) : [],
      monthly: monthEnds(longest)
    });
  }
  const ids = new Set(rows.map((r) => r.id));
  const echoesChild = (r) => {
    const members = index.forKey(r.id).members;
    return members.length === 1 && members[0]?.slug !== r.id && ids.has(members[0]?.slug ?? "");
  };
  return rows.filter((r) => !echoesChild(r)).sort((a, b) => b.drawdown - a.drawdown);
}
function monthEnds(points) {
  const byMonth = /* @__PURE__ */ new Map();
  for (const p of points) byMonth.set(p.day.slice(0, 7), p.value);
  return [...byMonth.values()];
}
export {
  protocolDrawdowns
};
