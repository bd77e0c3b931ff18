// src/analytics/newestFigure.ts
function newestFigure(identity, history, snapshot) {
  const day = snapshot[0]?.day ?? null;
  const bySlug = new Map(snapshot.map((s) => [s.slug, s]));
  const listed = identity.members.map((m) => bySlug.get(m.slug)).filter((s) => s !== void 0 && s.tvlUsd !== null);
  if (day !== null && listed.length > 0 && (history === null || day > history.day))
    return { usd: listed.reduce((sum, s) => sum + (s.tvlUsd ?? 0), 0), day, from: "snapshot" };
  return history ? { ...history, from: "history" } : null;
}
export {
  newestFigure
};
