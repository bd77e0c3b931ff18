// src/ingest/l2beat/summaryUnit.ts
import {
  ROSETTE_SLICES,
  SENTIMENTS
} from "../../model/l2-risk.js";
import { normaliseChain } from "../../model/normaliseChain.js";
import { appendL2RiskProfiles } from "../../sources/files/appendL2RiskProfiles.js";
import { getScalingSummary, ScalingProject } from "../../sources/l2beat/getScalingSummary.js";
import { issueText } from "../../sources/zodIssue.js";
import { contentSha256 } from "../contentSha.js";
import {
  checkpointOf,
  recordNotModified,
  storedValidators,
  UNCHANGED
} from "../ingestUnit.js";
var L2BEAT_DATASET = "l2beat/api";
var L2BEAT_SOURCE = "l2beat";
function summaryUnit(api) {
  const id = "scaling-summary";
  return {
    id,
    async run(ctx) {
      const response = await getScalingSummary(api, storedValidators(ctx));
      const checkpoint = {
        ...checkpointOf(L2BEAT_SOURCE, id, ctx, response.validators),
        newestDay: ctx.until
      };
      if (response.status === "not-modified") return recordNotModified(ctx, checkpoint);
      const profiles = [];
      const flags = [];
      const skip = (key, message) => flags.push({
        dataset: L2BEAT_DATASET,
        unit: id,
        subject: key,
        day: ctx.until,
        kind: "invalid-project",
        excluded: true,
        usd: null,
        message
      });
      for (const [key, raw] of Object.entries(response.data.projects)) {
        const parsed = ScalingProject.safeParse(raw);
        if (!parsed.success) {
          skip(
            key,
            `projects.${key}.${issueText(parsed.error.issues[0])}`
          );
          continue;
        }
        const p = parsed.data;
        if (p.isUpcoming || p.isArchived) continue;
        const slices = ROSETTE_SLICES.map(([, name]) => p.risks.find((r) => r.name === name));
        const missing = ROSETTE_SLICES.filter(
          (_, i) => !slices[i] || !SENTIMENTS.includes(slices[i].sentiment)
        ).map(([, name]) => name);
        if (missing.length > 0) {
          skip(key, `no usable rosette slice "${missing.join('", "')}"`);
          continue;
        }
        const rosette = Object.fromEntries(
          ROSETTE_SLICES.map(([slice], i) => [
            slice,
            { value: slices[i]?.value, sentiment: slices[i]?.sentiment }
          ])
        );
        const b = p.tvs.breakdown;
        profiles.push({
          project: p.id,
          profile: {
            chain: normaliseChain(p.name),
            name: p.name,
            category: p.category,
            provider: p.providers?.[0] ?? null,
            stage: p.stage,
            rosette,
            tvs: {
              totalUsd: b.total,
              etherUsd: b.ether,
              stablecoinUsd: b.stablecoin,
              associatedUsd: b.associated
            }
          }
        });
      }
      const sha = contentSha256(profiles);
      if (sha === ctx.checkpoint?.contentSha256 && ctx.checkpoint.targetDay === ctx.until) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: { ...checkpoint, contentSha256: sha },
        flags,
        async write(tx) {
          await tx.run("DELETE FROM l2_risk_profiles WHERE dataset = ? AND as_of = ?::DATE", [
            L2BEAT_DATASET,
            ctx.until
          ]);
          await appendL2RiskProfiles(
            tx,
            L2BEAT_DATASET,
            profiles.map((p) => ({ ...p, asOf: ctx.until }))
          );
        }
      });
      return {
        status: "written",
        bytes: response.bytes,
        newPoints: profiles.length,
        excluded: flags.length,
        warnings: 0
      };
    }
  };
}
export {
  L2BEAT_DATASET,
  L2BEAT_SOURCE,
  summaryUnit
};
