import { join } from 'node:path';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { Dataset } from './dataset.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'l2beat/scaling-summary';
const Sentiment = z.enum(['good', 'neutral', 'warning', 'bad', 'UnderReview']);
const Risk = z.looseObject({ name: z.string(), value: z.string(), sentiment: Sentiment });
const RISK_NAMES = [
  'State Validation',
  'Data Availability',
  'Exit Window',
  'Sequencer Failure',
  'Proposer Failure',
] as const;

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
    const rows = projects.map((p, i) => {
      const risk = (name: (typeof RISK_NAMES)[number]) => {
        const found = p.risks.find((r) => r.name === name);
        if (!found)
          throw new ValidationError(`missing risk "${name}"`, {
            source: f,
            place: `projects[${i}].risks`,
            field: 'name',
          });
        return [found.value, found.sentiment];
      };
      return [
        ID,
        normaliseChain(p.name),
        p.id,
        p.name,
        p.category,
        p.provider ?? null,
        p.stage,
        '2024-11-01',
        ...RISK_NAMES.flatMap(risk),
        p.tvl.total,
        p.tvl.ether,
        p.tvl.stablecoin,
        p.tvl.associated,
      ];
    });
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
    return {
      rowsByFile: new Map([[f, projects.length]]),
      flags: [
        {
          kind: 'transcribed',
          subject: 'l2_risk_profiles',
          message: 'hand-transcribed subset; verify against L2BEAT before relying on it',
          file: f,
        },
      ],
    };
  },
};
