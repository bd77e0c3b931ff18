// src/sources/files/l2beatScalingSummary.ts
import { join } from "node:path";
import { z } from "zod";
import { ValidationError } from "../../core/errors.js";
import {
  ROSETTE_SLICES,
  SENTIMENTS
} from "../../model/l2-risk.js";
import { normaliseChain } from "../../model/normaliseChain.js";
import { appendL2RiskProfiles } from "./appendL2RiskProfiles.js";
import { readJsonFile } from "./readJsonFile.js";
var ID = "l2beat/scaling-summary";
var PublishedSentiment = z.enum(SENTIMENTS);
var Risk = z.looseObject({ name: z.string(), value: z.string(), sentiment: PublishedSentiment });
var ScalingSummary = z.looseObject({
  projects: z.array(
    z.looseObject({
      id: z.string().min(1),
      name: z.string().min(1),
      category: z.string().min(1),
      provider: z.string().nullish(),
      stage: z.string().min(1),
      tvl: z.looseObject({
        total: z.number().nonnegative(),
        ether: z.number().nonnegative(),
        stablecoin: z.number().nonnegative(),
        associated: z.number().nonnegative()
      }),
      risks: z.array(Risk)
    })
  ).min(1)
});
var l2beatScalingSummary = {
  id: ID,
  title: "L2BEAT scaling summary (25 L2s)",
  version: 1,
  files: (dir) => [join(dir, "l2beat/scaling_summary_2024-11.json")],
  tables: [{ table: "l2_risk_profiles", dayColumn: "as_of" }],
  caveats: [
    "Transcribed subset, dated only approximately (Oct/Nov 2024: stored as 2024-11-01).",
    "Risk descriptions dropped upstream."
  ],
  async load(tx, [file]) {
    const f = file;
    const { projects } = readJsonFile(f, ScalingSummary);
    const rows = projects.map((p, i) => {
      const risk = (name) => {
        const found = p.risks.find((r) => r.name === name);
        if (!found)
          throw new ValidationError(`missing risk "${name}"`, {
            source: f,
            place: `projects[${i}].risks`,
            field: "name"
          });
        return { value: found.value, sentiment: found.sentiment };
      };
      return {
        project: p.id,
        asOf: "2024-11-01",
        profile: {
          chain: normaliseChain(p.name),
          name: p.name,
          category: p.category,
          provider: p.provider ?? null,
          stage: p.stage,
          rosette: Object.fromEntries(ROSETTE_SLICES.map(([key, name]) => [key, risk(name)])),
          tvs: {
            totalUsd: p.tvl.total,
            etherUsd: p.tvl.ether,
            stablecoinUsd: p.tvl.stablecoin,
            associatedUsd: p.tvl.associated
          }
        }
      };
    });
    await appendL2RiskProfiles(tx, ID, rows);
    return {
      rowsByFile: /* @__PURE__ */ new Map([[f, projects.length]]),
      flags: [
        {
          kind: "transcribed",
          subject: "l2_risk_profiles",
          message: "hand-transcribed subset; verify against L2BEAT before relying on it",
          file: f
        }
      ]
    };
  }
};
export {
  ScalingSummary,
  l2beatScalingSummary
};
