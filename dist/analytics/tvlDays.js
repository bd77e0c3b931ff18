// src/analytics/tvlDays.ts
import { addDays } from "../core/day.js";
function tvlDays(rows, classes, scope) {
  const rejected = new Set(
    scope.includeFlagged === true ? [] : rows.filter((r) => r.flag).map((r) => `${r.protocol}|${r.day}`)
  );
  const visible = rows.filter(
    (r) => !rejected.has(`${r.protocol}|${r.day}`) && (scope.to === null || r.day <= scope.to) && (scope.protocols === null || scope.protocols.has(r.protocol))
  );
  const itemDays = /* @__PURE__ */ new Map();
  for (const r of visible) {
    const set = itemDays.get(r.protocol) ?? /* @__PURE__ */ new Set();
    set.add(r.day);
    itemDays.set(r.protocol, set);
  }
  const coversFrom = /* @__PURE__ */ new Map();
  const lastDay = /* @__PURE__ */ new Map();
  let horizon = null;
  for (const [protocol, set] of itemDays) {
    const sorted = [...set].sort();
    const from = /* @__PURE__ */ new Map();
    sorted.forEach((day, i) => {
      from.set(day, i === 0 ? day : addDays(sorted[i - 1], 1));
    });
    coversFrom.set(protocol, from);
    const last = sorted.at(-1);
    lastDay.set(protocol, last);
    if (horizon === null || last > horizon) horizon = last;
  }
  const sums = /* @__PURE__ */ new Map();
  for (const r of visible) {
    if (scope.chains !== null && !scope.chains.has(r.chain)) continue;
    const cls = classes.get(r.protocol) ?? 0;
    const start = coversFrom.get(r.protocol)?.get(r.day);
    const end = r.day === lastDay.get(r.protocol) ? horizon : r.day;
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const cells = sums.get(day) ?? /* @__PURE__ */ new Map();
      const key = `${r.section}|${cls}`;
      const cell = cells.get(key) ?? { section: r.section, cls, usd: 0 };
      cell.usd += r.usd;
      cells.set(key, cell);
      sums.set(day, cells);
    }
  }
  const days = /* @__PURE__ */ new Map();
  const first = [...sums.keys()].sort()[0];
  if (first === void 0 || horizon === null) return { horizon, days };
  for (let day = first; day <= horizon; day = addDays(day, 1)) {
    days.set(day, [...sums.get(day)?.values() ?? []]);
  }
  return { horizon, days };
}
function daysFromSteps(steps, horizon) {
  const days = /* @__PURE__ */ new Map();
  if (horizon === null || steps.length === 0) return { horizon, days };
  const sorted = [...steps].sort((a, b) => a.day < b.day ? -1 : a.day > b.day ? 1 : 0);
  const current = /* @__PURE__ */ new Map();
  let i = 0;
  for (let day = sorted[0].day; day <= horizon; day = addDays(day, 1)) {
    while (i < sorted.length && sorted[i].day <= day) {
      const s = sorted[i++];
      current.set(`${s.section}|${s.cls}`, { section: s.section, cls: s.cls, usd: s.usd });
    }
    days.set(
      day,
      [...current.values()].map((c) => ({ ...c }))
    );
  }
  return { horizon, days };
}
export {
  daysFromSteps,
  tvlDays
};
