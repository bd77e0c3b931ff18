import { join } from 'node:path';
import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';
import {
  type RiskValue,
  ROSETTE_SLICES,
  type Rosette,
  SENTIMENTS,
  type Sentiment,
} from '../../model/l2-risk.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { L2RiskProfileRow } from '../../store/rowWrites.ts';
import type { Dataset } from './dataset.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'l2beat/scaling-summary';
/** The subset is dated only approximately (Oct/Nov 2024): stored as of this day. */
const AS_OF = '2024-11-01' as Day;
const PublishedSentiment = z.enum(SENTIMENTS as [Sentiment, ...Sentiment[]]);
const Risk = z.looseObject({ name: z.string(), value: z.string(), sentiment: PublishedSentiment });

/** A subset of L2BEAT `/api/scaling/summary`: stage, rosette, TVS breakdown (USD). */
export const ScalingSummary = z.looseObject({
  projects: z
    .array(
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
          associated: z.number().nonnegative(),
        }),
        risks: z.array(Risk),
      }),
    )
    .min(1),
});

/** L2BEAT scaling summary for 25 L2s (~Nov 2024): stages, the five rosette values, TVS. */
export const l2beatScalingSummary: Dataset = {
  id: ID,
  title: 'L2BEAT scaling summary (25 L2s)',
  version: 1,
  files: (dir) => [join(dir, 'l2beat/scaling_summary_2024-11.json')],
  tables: [{ table: 'l2_risk_profiles', dayColumn: 'as_of' }],
  caveats: [
    'Transcribed subset, dated only approximately (Oct/Nov 2024: stored as 2024-11-01).',
    'Risk descriptions dropped upstream.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const { projects } = readJsonFile(f, ScalingSummary);
    const rows = projects.map((p, i): L2RiskProfileRow => {
      const risk = (name: string): RiskValue => {
        const found = p.risks.find((r) => r.name === name);
        if (!found)
          throw new ValidationError(`missing risk "${name}"`, {
            source: f,
            place: `projects[${i}].risks`,
            field: 'name',
          });
        return { value: found.value, sentiment: found.sentiment };
      };
      return {
        project: p.id,
        profile: {
          chain: normaliseChain(p.name),
          name: p.name,
          category: p.category,
          provider: p.provider ?? null,
          stage: p.stage,
          rosette: Object.fromEntries(ROSETTE_SLICES.map(([key, name]) => [key, risk(name)])) as Rosette,
          tvs: {
            totalUsd: p.tvl.total,
            etherUsd: p.tvl.ether,
            stablecoinUsd: p.tvl.stablecoin,
            associatedUsd: p.tvl.associated,
          },
        },
      };
    });
    await tx.replaceL2RiskProfiles(ID, AS_OF, rows);
    return {
      rowsByFile: new Map([[f, projects.length]]),
      flags: [
        {
          kind: 'transcribed',
          excluded: false,
          subject: 'l2_risk_profiles',
          message: 'hand-transcribed subset; verify against L2BEAT before relying on it',
          file: f,
        },
      ],
    };
  },
};
