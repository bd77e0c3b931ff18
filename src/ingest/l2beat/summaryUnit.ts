import {
  type L2RiskProfile,
  ROSETTE_SLICES,
  type Rosette,
  SENTIMENTS,
  type Sentiment,
} from '../../model/l2-risk.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { getScalingSummary, ScalingProject } from '../../sources/l2beat/getScalingSummary.ts';
import { issueText } from '../../sources/zodIssue.ts';
import type { IngestFlag } from '../../store/store.ts';
import { contentSha256 } from '../contentSha.ts';
import {
  checkpointOf,
  type IngestUnit,
  recordNotModified,
  storedValidators,
  UNCHANGED,
} from '../ingestUnit.ts';

/** The dataset live L2BEAT rows belong to, and the checkpoint source of its unit. */
export const L2BEAT_DATASET = 'l2beat/api';
export const L2BEAT_SOURCE = 'l2beat';

/**
 * L2BEAT's scaling summary as one unit: each live project's stage, rosette and TVS breakdown (USD),
 * stored as of `until` (the newest profile per project is the one read). A project that fails its
 * schema, lacks a rosette slice or has an unknown sentiment is flagged and skipped; the others land.
 */
export function summaryUnit(api: HttpClient): IngestUnit {
  const id = 'scaling-summary';
  return {
    id,
    async run(ctx) {
      const response = await getScalingSummary(api, storedValidators(ctx));
      const checkpoint = {
        ...checkpointOf(L2BEAT_SOURCE, id, ctx, response.validators),
        newestDay: ctx.until,
      };
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      const profiles: { project: string; profile: L2RiskProfile }[] = [];
      const flags: IngestFlag[] = [];
      const skip = (key: string, message: string) =>
        flags.push({
          dataset: L2BEAT_DATASET,
          unit: id,
          subject: key,
          day: ctx.until,
          kind: 'invalid-project',
          excluded: true,
          usd: null,
          message,
        });
      for (const [key, raw] of Object.entries(response.data.projects)) {
        const parsed = ScalingProject.safeParse(raw);
        if (!parsed.success) {
          skip(
            key,
            `projects.${key}.${issueText(parsed.error.issues[0] as (typeof parsed.error.issues)[number])}`,
          );
          continue;
        }
        const p = parsed.data;
        if (p.isUpcoming || p.isArchived) continue;
        const slices = ROSETTE_SLICES.map(([, name]) => p.risks.find((r) => r.name === name));
        const missing = ROSETTE_SLICES.filter(
          (_, i) => !slices[i] || !(SENTIMENTS as readonly string[]).includes(slices[i].sentiment),
        ).map(([, name]) => name);
        if (missing.length > 0) {
          skip(key, `no usable rosette slice "${missing.join('", "')}"`);
          continue;
        }
        const rosette = Object.fromEntries(
          ROSETTE_SLICES.map(([slice], i) => [
            slice,
            { value: slices[i]?.value, sentiment: slices[i]?.sentiment as Sentiment },
          ]),
        ) as Rosette;
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
              associatedUsd: b.associated,
            },
          },
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
          await tx.replaceL2RiskProfiles(L2BEAT_DATASET, ctx.until, profiles);
        },
      });
      return {
        status: 'written',
        bytes: response.bytes,
        newPoints: profiles.length,
        excluded: flags.length,
        warnings: 0,
      };
    },
  };
}
