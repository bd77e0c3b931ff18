// src/app/protocol.ts
import { z } from "zod";
import { drawdowns as drawdownRows } from "../analytics/drawdowns.js";
import { newestFigure } from "../analytics/newestFigure.js";
import { qualityFlags } from "../analytics/qualityFlags.js";
import { explainTvl } from "../analytics/tvlExplain.js";
import { tvlSeries as composeSeries } from "../analytics/tvlSeries.js";
import { parseToggles } from "../analytics/tvlToggles.js";
import { documentSchema } from "./document.js";
import { DrawdownRow } from "./drawdowns.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { ListedProtocol, listed } from "./protocols.js";
import { provenance, TVL_SOURCES } from "./provenance.js";
import { resolveProtocol } from "./resolveProtocol.js";
var ProtocolParameters = z.strictObject({
  id: z.string().min(1).max(200).describe("a protocol by slug or name")
});
var ProtocolFlag = z.strictObject({
  dataset: z.string(),
  unit: z.string(),
  subject: z.string(),
  day: DaySchema.nullable(),
  kind: z.string(),
  excluded: z.boolean().describe("true: the point is kept out of totals"),
  usd: z.number().nullable(),
  message: z.string()
});
var ProtocolResult = documentSchema("faultline.protocol/v1", {
  ...ListedProtocol.shape,
  latest: z.strictObject({ usd: z.number(), day: DaySchema, from: z.enum(["history", "snapshot"]) }).nullable().describe("the newest of its daily history and the protocol list, with its day"),
  latestDay: DaySchema.nullable().describe("the daily history's last day (value by chain is of this day)"),
  chains: z.array(z.strictObject({ chain: z.string(), usd: z.number() })),
  drawdown: DrawdownRow.nullable(),
  flags: z.array(ProtocolFlag)
});
async function protocol(app, parameters) {
  const p = parseParameters(ProtocolParameters, parameters, "protocol");
  const ctx = await app.tvl();
  const identity = resolveProtocol(ctx, p.id);
  const request = {
    subject: { kind: "protocol", protocol: identity.id },
    toggles: parseToggles(void 0, void 0),
    denominate: "usd",
    from: null,
    to: null,
    includeFlagged: false
  };
  const last = (await composeSeries(ctx, request)).points.at(-1);
  const byChain = /* @__PURE__ */ new Map();
  if (last) {
    for (const line of (await explainTvl(ctx, request, last.day)).lines)
      if (line.section === "tvl" && line.role !== "rejected")
        byChain.set(line.chain, (byChain.get(line.chain) ?? 0) + line.usd);
  }
  const [rows, flags] = await Promise.all([
    app.cached("drawdowns:all", async () => drawdownRows(ctx, { unit: "usd", minPeakUsd: 0, asOf: null })),
    qualityFlags(ctx.store, { protocol: identity.id })
  ]);
  const latest = newestFigure(identity, last ? { day: last.day, usd: last.usd } : null, ctx.snapshot);
  return {
    schema: "faultline.protocol/v1",
    asOf: latest?.day ?? null,
    ...await provenance(app, TVL_SOURCES, null),
    coverage: null,
    ...listed(identity),
    latest,
    latestDay: last?.day ?? null,
    chains: [...byChain].map(([chain, usd]) => ({ chain, usd })).sort((a, b) => b.usd - a.usd),
    drawdown: rows.find((r) => r.id === identity.id) ?? null,
    flags
  };
}
export {
  ProtocolFlag,
  ProtocolParameters,
  ProtocolResult,
  protocol
};
