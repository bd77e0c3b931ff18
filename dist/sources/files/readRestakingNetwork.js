// src/sources/files/readRestakingNetwork.ts
import { z } from "zod";
import { EIGENLAYER_WITHDRAWAL_DELAY_DAYS, operatorSetId } from "../../model/restaking.js";
import { readJsonFile, validateJson } from "./readJsonFile.js";
var id = z.string().min(1, "expected a non-empty id");
var amount = z.number().finite().nonnegative("must not be negative");
var alpha = z.number().gt(0, "\u03B1 must be in (0, 1]").lte(1, "\u03B1 must be in (0, 1]");
var notes = {
  name: z.string().optional(),
  unit: z.string().min(1).optional(),
  notes: z.array(z.string()).optional()
};
var assumptions = z.array(z.strictObject({ field: z.string().min(1), text: z.string().min(1) })).default([]);
function unique(items, path, ctx) {
  const seen = /* @__PURE__ */ new Set();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: "custom", message: `duplicate id "${item.id}"`, path: [path, i, "id"] });
    seen.add(item.id);
  });
}
var GraphFile = z.strictObject({
  ...notes,
  format: z.literal("graph"),
  assumptions,
  validators: z.array(z.strictObject({ id, stake: amount, restaked: amount.optional() })).min(1, "an empty network: at least one validator is needed"),
  services: z.array(
    z.strictObject({
      id,
      alpha,
      profit: amount,
      validators: z.array(id).min(1, "a service needs at least one validator")
    })
  ).min(1, "an empty network: at least one service is needed")
}).superRefine((net, ctx) => {
  unique(net.validators, "validators", ctx);
  unique(net.services, "services", ctx);
  const known = new Set(net.validators.map((v) => v.id));
  net.services.forEach((s, i) => {
    const seen = /* @__PURE__ */ new Set();
    s.validators.forEach((v, j) => {
      const path = ["services", i, "validators", j];
      if (!known.has(v)) ctx.addIssue({ code: "custom", message: `unknown validator "${v}"`, path });
      else if (seen.has(v))
        ctx.addIssue({ code: "custom", message: `validator "${v}" listed twice`, path });
      seen.add(v);
    });
  });
});
var magnitude = z.number().finite().nonnegative("must not be negative");
var EigenLayerFile = z.strictObject({
  ...notes,
  format: z.literal("eigenlayer"),
  assumptions,
  sources: z.array(z.string()).default([]),
  withdrawalDelayDays: z.number().positive().default(EIGENLAYER_WITHDRAWAL_DELAY_DAYS),
  strategies: z.array(z.strictObject({ id, valuePerShare: amount })).min(1, "at least one strategy is needed"),
  operatorSets: z.array(
    z.strictObject({
      avs: id,
      id: z.number().int().nonnegative(),
      alpha,
      profit: amount,
      slashable: z.boolean().default(true),
      reportedRestaked: amount.optional(),
      stakers: z.number().int().nonnegative().optional()
    })
  ).min(1, "an empty network: at least one operator set is needed"),
  operators: z.array(
    z.strictObject({
      id,
      shares: z.record(z.string(), amount),
      maxMagnitude: z.record(z.string(), z.number().positive("must be above 0")).default({}),
      allocations: z.array(
        z.strictObject({ avs: id, set: z.number().int().nonnegative(), strategy: id, magnitude })
      )
    })
  ).min(1, "an empty network: at least one operator is needed"),
  liquidTokens: z.array(z.strictObject({ id, value: amount, instantLiquidity: amount })).default([])
}).superRefine((net, ctx) => {
  unique(net.strategies, "strategies", ctx);
  unique(net.operators, "operators", ctx);
  unique(net.liquidTokens, "liquidTokens", ctx);
  const sets = /* @__PURE__ */ new Set();
  net.operatorSets.forEach((s, i) => {
    const key = operatorSetId({ avs: s.avs, set: s.id });
    if (sets.has(key))
      ctx.addIssue({
        code: "custom",
        message: `duplicate operator set "${key}"`,
        path: ["operatorSets", i]
      });
    sets.add(key);
  });
  const strategies = new Set(net.strategies.map((s) => s.id));
  net.operators.forEach((op, i) => {
    for (const strategy of Object.keys(op.shares)) {
      if (!strategies.has(strategy)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown strategy "${strategy}"`,
          path: ["operators", i, "shares", strategy]
        });
      }
    }
    const used = /* @__PURE__ */ new Map();
    op.allocations.forEach((a, j) => {
      const path = ["operators", i, "allocations", j];
      if (!sets.has(operatorSetId(a))) {
        ctx.addIssue({ code: "custom", message: `unknown operator set "${operatorSetId(a)}"`, path });
      }
      if (!strategies.has(a.strategy))
        ctx.addIssue({ code: "custom", message: `unknown strategy "${a.strategy}"`, path });
      used.set(a.strategy, (used.get(a.strategy) ?? 0) + a.magnitude);
    });
    for (const [strategy, total] of used) {
      const max = op.maxMagnitude[strategy] ?? DEFAULT_MAX_MAGNITUDE;
      if (total > max) {
        ctx.addIssue({
          code: "custom",
          message: `allocations of ${strategy} add up to ${total}, above the max magnitude ${max}`,
          path: ["operators", i, "allocations"]
        });
      }
    }
  });
});
var DEFAULT_MAX_MAGNITUDE = 1e18;
var NetworkFile = z.preprocess(
  (d) => d !== null && typeof d === "object" && !Array.isArray(d) && !("format" in d) ? { ...d, format: "graph" } : d,
  z.discriminatedUnion("format", [EigenLayerFile, GraphFile])
);
function readRestakingNetwork(file) {
  return parseRestakingNetwork(readJsonFile(file, z.unknown()), file);
}
function parseRestakingNetwork(json, source) {
  const data = validateJson(json, NetworkFile, source);
  if (data.format === "eigenlayer") {
    return {
      format: "eigenlayer",
      network: {
        name: data.name ?? null,
        unit: data.unit ?? null,
        strategies: data.strategies,
        operatorSets: data.operatorSets.map((s) => ({
          avs: s.avs,
          set: s.id,
          alpha: s.alpha,
          profit: s.profit,
          slashable: s.slashable,
          reportedRestaked: s.reportedRestaked ?? null,
          stakers: s.stakers ?? null
        })),
        operators: data.operators.map((op) => ({
          id: op.id,
          shares: op.shares,
          maxMagnitude: Object.fromEntries(
            Object.keys(op.shares).map((s) => [s, op.maxMagnitude[s] ?? DEFAULT_MAX_MAGNITUDE])
          ),
          allocations: op.allocations
        })),
        liquidTokens: data.liquidTokens,
        withdrawalDelayDays: data.withdrawalDelayDays,
        assumptions: data.assumptions,
        sources: data.sources
      }
    };
  }
  return {
    format: "graph",
    network: {
      name: data.name ?? null,
      unit: data.unit ?? null,
      validators: data.validators.map((v) => ({ id: v.id, stake: v.stake, restaked: v.restaked ?? null })),
      services: data.services
    },
    assumptions: data.assumptions
  };
}
export {
  parseRestakingNetwork,
  readRestakingNetwork
};
