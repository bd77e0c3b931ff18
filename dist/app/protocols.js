// src/app/protocols.ts
import { z } from "zod";
import { documentSchema } from "./document.js";
import { PageFields, PageParameters, page } from "./page.js";
import { parseParameters } from "./parameters.js";
import { provenance } from "./provenance.js";
var ProtocolsParameters = z.strictObject({
  q: z.string().max(200).optional().describe("part of a name or slug, any case"),
  category: z.string().max(200).optional().describe("a DefiLlama category, exact"),
  ...PageParameters
});
var ListedProtocol = z.strictObject({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  tvlUsd: z.number().nullable().describe("sum of its members in the protocol-list snapshot (USD)"),
  members: z.array(z.string())
});
var ProtocolsResult = documentSchema("faultline.protocols/v1", {
  ...PageFields,
  rows: z.array(ListedProtocol)
});
var SNAPSHOT_SOURCES = ["defillama/protocols-snapshot", "defillama/api"];
function listed(p) {
  const tvls = p.members.map((m) => m.tvlUsd).filter((v) => typeof v === "number");
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    tvlUsd: tvls.length > 0 ? tvls.reduce((a, b) => a + b, 0) : null,
    members: p.members.map((m) => m.slug)
  };
}
async function protocols(app, parameters) {
  const p = parseParameters(ProtocolsParameters, parameters, "protocols");
  const ctx = await app.tvl();
  const needle = p.q?.trim().toLowerCase() ?? "";
  const rows = ctx.index.all().filter(
    (x) => (needle === "" || x.id.includes(needle) || x.name.toLowerCase().includes(needle) || x.members.some((m) => m.slug.includes(needle))) && (p.category === void 0 || x.category === p.category)
  ).map(listed).sort((a, b) => (b.tvlUsd ?? -1) - (a.tvlUsd ?? -1) || a.id.localeCompare(b.id));
  return {
    schema: "faultline.protocols/v1",
    asOf: ctx.snapshot[0]?.day ?? null,
    ...await provenance(app, SNAPSHOT_SOURCES, null),
    coverage: null,
    ...page(rows, p)
  };
}
var CategoriesResult = documentSchema("faultline.categories/v1", {
  categories: z.array(
    z.strictObject({
      category: z.string(),
      protocols: z.number().int(),
      tvlUsd: z.number().describe("USD, snapshot")
    })
  )
});
async function categories(app) {
  const { index, universe, snapshot } = await app.tvl();
  const withHistory = new Set(universe.counted.map((k) => universe.entries.get(k)?.category));
  const byCategory = /* @__PURE__ */ new Map();
  for (const x of index.all().map(listed)) {
    if (x.category === null || !withHistory.has(x.category)) continue;
    const c = byCategory.get(x.category) ?? { category: x.category, protocols: 0, tvlUsd: 0 };
    c.protocols += 1;
    c.tvlUsd += x.tvlUsd ?? 0;
    byCategory.set(x.category, c);
  }
  return {
    schema: "faultline.categories/v1",
    asOf: snapshot[0]?.day ?? null,
    ...await provenance(app, SNAPSHOT_SOURCES, null),
    coverage: null,
    categories: [...byCategory.values()].sort((a, b) => b.tvlUsd - a.tvlUsd)
  };
}
export {
  CategoriesResult,
  ListedProtocol,
  ProtocolsParameters,
  ProtocolsResult,
  categories,
  listed,
  protocols
};
