import { z } from 'zod';
import { assessL2 } from '../risk/l2/assessL2.ts';
import { validateJson } from '../sources/files/readJsonFile.ts';
import { L2DesignFile, l2Design } from '../sources/files/readL2Design.ts';
import { documentSchema, inputMeta } from './document.ts';
import { Sentiment } from './systemSchemas.ts';

const Unmet = z.strictObject({ stage: z.string(), key: z.string(), requirement: z.string() });

/** `faultline.l2-assess/v1`: a hypothetical L2 under L2BEAT's rules (MODELS §4). */
export const L2AssessResult = documentSchema('faultline.l2-assess/v1', {
  exitWindow: z.strictObject({ seconds: z.number().nullable(), value: z.string(), sentiment: Sentiment }),
  dataAvailability: z.strictObject({
    value: z.string(),
    sentiment: Sentiment,
    minimumHonest: z.number().nullable(),
  }),
  rosette: z.array(z.strictObject({ name: z.string(), value: z.string(), sentiment: Sentiment })),
  worst: Sentiment,
  stage: z.string(),
  unmet: z.array(Unmet),
  preconditions: z.array(Unmet).describe('Stage 0 items not met (L2BEAT lists such a system under "Others")'),
  missing: z
    .strictObject({ nextStage: z.string(), requirements: z.array(Unmet), principle: z.boolean() })
    .nullable(),
  downgradePending: z
    .strictObject({ expiresOn: z.string(), toStage: z.string(), reasons: z.array(Unmet) })
    .nullable(),
  name: z.string().nullable(),
});
export type L2AssessResult = z.infer<typeof L2AssessResult>;

/**
 * Evaluates a hypothetical L2 described by the user (`l2 assess FILE`, `POST /api/v1/l2/assess`): the
 * exit window, committee DA, the five rosette slices and their worst, and the stage with every unmet
 * requirement. The design is checked first; an error names the source and the field.
 */
export async function l2Assess(input: unknown, source: string): Promise<L2AssessResult> {
  const a = assessL2(l2Design(validateJson(input, L2DesignFile, source)));
  return {
    schema: 'faultline.l2-assess/v1',
    ...inputMeta('the L2 design given (a file or a request body)'),
    exitWindow: {
      seconds: a.exitWindow.seconds,
      value: a.exitWindow.value,
      sentiment: a.exitWindow.sentiment,
    },
    dataAvailability: a.dataAvailability,
    rosette: a.rosette,
    worst: a.worst,
    stage: a.stage,
    unmet: a.unmet,
    preconditions: a.preconditions,
    missing: a.missing,
    downgradePending: a.downgradePending,
    name: a.name,
  };
}
