import { normaliseChain } from '../../model/normaliseChain.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { getScalingSummary, ScalingProject } from '../../sources/l2beat/getScalingSummary.ts';
import { issueText } from '../../sources/zodIssue.ts';
import type { IngestFlag } from '../../store/store.ts';
import { contentSha256 } from '../contentSha.ts';
import { type IngestUnit, recordNotModified, storedValidators, UNCHANGED } from '../ingestUnit.ts';

/** The dataset live L2BEAT rows belong to, and the checkpoint source of its unit. */
export const L2BEAT_DATASET = 'l2beat/api';
export const L2BEAT_SOURCE = 'l2beat';

const ROSETTE = [
  'State Validation',
  'Data Availability',
  'Exit Window',
  'Sequencer Failure',
  'Proposer Failure',
];
const SENTIMENTS = new Set(['good', 'neutral', 'warning', 'bad', 'UnderReview']);

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
        source: L2BEAT_SOURCE,
        unit: id,
        targetDay: ctx.until,
        newestDay: ctx.until,
        etag: response.validators.etag,
        lastModified: response.validators.lastModified,
        contentSha256: ctx.checkpoint?.contentSha256 ?? null,
      };
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      const rows: unknown[][] = [];
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
        const slices = ROSETTE.map((name) => p.risks.find((r) => r.name === name));
        const missing = ROSETTE.filter((_, i) => !slices[i] || !SENTIMENTS.has(slices[i].sentiment));
        if (missing.length > 0) {
          skip(key, `no usable rosette slice "${missing.join('", "')}"`);
          continue;
        }
        const b = p.tvs.breakdown;
        rows.push([
          L2BEAT_DATASET,
          normaliseChain(p.name),
          p.id,
          p.name,
          p.category,
          p.providers?.[0] ?? null,
          p.stage,
          ctx.until,
          ...slices.flatMap((r) => [r?.value, r?.sentiment]),
          b.total,
          b.ether,
          b.stablecoin,
          b.associated,
        ]);
      }
      const sha = contentSha256(rows.map((r) => r.filter((_, i) => i !== 7)));
      if (sha === ctx.checkpoint?.contentSha256 && ctx.checkpoint.targetDay === ctx.until) {
        return { ...UNCHANGED, bytes: response.bytes };
      }
      await ctx.commit({
        checkpoint: { ...checkpoint, contentSha256: sha },
        flags,
        async write(tx) {
          await tx.run('DELETE FROM l2_risk_profiles WHERE dataset = ? AND as_of = ?::DATE', [
            L2BEAT_DATASET,
            ctx.until,
          ]);
          if (rows.length > 0) {
            await tx.append(
              'l2_risk_profiles',
              [
                ['dataset', 'varchar'],
                ['chain', 'varchar'],
                ['project', 'varchar'],
                ['name', 'varchar'],
                ['category', 'varchar'],
                ['provider', 'varchar'],
                ['stage', 'varchar'],
                ['as_of', 'date'],
                ['state_validation', 'varchar'],
                ['state_validation_sentiment', 'varchar'],
                ['data_availability', 'varchar'],
                ['data_availability_sentiment', 'varchar'],
                ['exit_window', 'varchar'],
                ['exit_window_sentiment', 'varchar'],
                ['sequencer_failure', 'varchar'],
                ['sequencer_failure_sentiment', 'varchar'],
                ['proposer_failure', 'varchar'],
                ['proposer_failure_sentiment', 'varchar'],
                ['tvs_total_usd', 'double'],
                ['tvs_ether_usd', 'double'],
                ['tvs_stablecoin_usd', 'double'],
                ['tvs_associated_usd', 'double'],
              ],
              rows,
            );
          }
        },
      });
      return {
        status: 'written',
        bytes: response.bytes,
        newPoints: rows.length,
        excluded: flags.length,
        warnings: 0,
      };
    },
  };
}
