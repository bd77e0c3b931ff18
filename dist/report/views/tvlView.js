// src/report/views/tvlView.ts
import { pct, usd } from "../format.js";
import { sparkline } from "../sparkline.js";
import { column } from "../view.js";
function tvlView(doc) {
  const unit = doc.unit;
  const points = doc.points;
  const first = points[0];
  const last = points.at(-1);
  const peak = points.reduce(
    (a, b) => (b[1] ?? -1) > (a[1] ?? -1) ? b : a,
    points[0]
  );
  const lines = [
    `${doc.subject}: daily TVL in ${unit.toUpperCase()}, ${first?.[0]} \u2026 ${last?.[0]} (${points.length} days)`
  ];
  if (doc.headline)
    lines.push(`headline: ${usd(doc.headline.usd)} on ${doc.headline.day} (${doc.headline.note})`);
  if (doc.coverage) lines.push(`coverage: ${doc.coverage.note}`);
  lines.push(`rule: ${doc.rule}`, sparkline(points.map((p) => p[1] ?? 0)));
  if (last && peak[1] !== null && last[1] !== null)
    lines.push(
      `series: last ${unitValue(last[1], unit)} on ${last[0]}; peak ${unitValue(peak[1], unit)} on ${peak[0]}; ${pct(1 - last[1] / peak[1])} below peak`
    );
  const published = new Map((doc.published ?? []).map(([d, v]) => [d, v]));
  const usdByDay = new Map((doc.usd ?? []).map(([d, v]) => [d, v]));
  const partNames = doc.parts.columns.slice(1);
  const columns = [
    column("day", "day"),
    column(`TVL (${unit.toUpperCase()})`, unit === "usd" ? "usd" : unit, `tvl_${unit}`),
    ...unit === "usd" ? [] : [column("TVL (USD)", "usd", "tvl_usd")],
    ...partNames.map((n) => column(n, "usd", `${n === "tvl" ? "core" : n}_usd`)),
    ...doc.published ? [column("published", "usd", "published_usd")] : []
  ];
  const rows = doc.parts.rows.map((r, i) => {
    const day = r[0];
    const value = points[i]?.[1] ?? null;
    return [
      day,
      value,
      ...unit === "usd" ? [] : [usdByDay.get(day) ?? null],
      ...r.slice(1),
      ...doc.published ? [published.get(day) ?? null] : []
    ];
  });
  return { id: "tvl", title: `TVL: ${doc.subject}`, lines, tables: [{ columns, rows }], notes: doc.notes };
}
function unitValue(value, unit) {
  return unit === "usd" ? usd(value) : `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${unit.toUpperCase()}`;
}
export {
  tvlView
};
