import { z } from 'zod';
import { DaySchema } from './parameters.ts';

/** L2BEAT's sentiments, best first (MODELS §4). */
export const Sentiment = z.enum(['good', 'neutral', 'warning', 'bad', 'UnderReview']);
const RiskValue = z.strictObject({ value: z.string(), sentiment: Sentiment });
const Rosette = z.strictObject({
  stateValidation: RiskValue,
  dataAvailability: RiskValue,
  exitWindow: RiskValue,
  sequencerFailure: RiskValue,
  proposerFailure: RiskValue,
});

/** An L2's risk profile as L2BEAT publishes it, with total value secured (TVS) in USD. */
export const PublishedL2Profile = z.strictObject({
  project: z.string(),
  asOf: DaySchema,
  chain: z.string(),
  name: z.string(),
  category: z.string(),
  provider: z.string().nullable(),
  stage: z.string(),
  rosette: Rosette,
  tvs: z.strictObject({
    totalUsd: z.number(),
    etherUsd: z.number(),
    stablecoinUsd: z.number(),
    associatedUsd: z.number(),
  }),
});

const Tier = z.enum(['Low', 'Medium', 'High', 'VeryHigh', 'UnderReview', 'Unverified', 'AlternativePoS']);

/** A Bitcoin layer in bitcoinlayers.org's four dimensions (MODELS §5). */
export const BtcLayerProfile = z.strictObject({
  slug: z.string(),
  chain: z.string(),
  name: z.string(),
  entityType: z.string(),
  liveStatus: z.string(),
  btcLocked: z.number().nullable().describe('BTC; null when the review gives no figure'),
  custody: Tier,
  dataAvailability: Tier,
  operators: Tier,
  finality: Tier,
});

/** The fewest parties that must act together for something to happen to users' funds. */
export const Collusion = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('parties'), parties: z.number().int(), who: z.string() }),
  z.strictObject({ status: z.literal('none'), who: z.string() }),
  z.strictObject({ status: z.literal('unknown'), who: z.string() }),
]);

const ExitLatency = z.strictObject({
  seconds: z.number().nullable(),
  bound: z.enum(['exact', 'at-least', 'operator-dependent']),
  parts: z.array(z.strictObject({ name: z.string(), seconds: z.number().nullable() })),
  text: z.string(),
});

const SystemValue = z.strictObject({
  usd: z.number().nullable(),
  btc: z.number().nullable(),
  source: z.string(),
  asOf: z.string().describe('the day or month the figure is of'),
});

/** A system as the CLI, the API and the report show it: the verdicts, the published ratings, the value. */
export const SystemSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['ethereum-l2', 'bitcoin-layer']),
  type: z.string(),
  stack: z.string().nullable(),
  daLayer: z.string(),
  asOf: z.string().describe('the day the facts are taken as of'),
  since: z.string().describe('the day this state of the facts holds from'),
  stage: z.string().nullable(),
  stagePreconditions: z
    .array(z.string())
    .nullable()
    .describe('Stage 0 items not met (L2BEAT lists such a system under "Others")'),
  nextStage: z
    .strictObject({ stage: z.string(), requirements: z.array(z.string()), principle: z.boolean() })
    .nullable(),
  l2beatStage: z.string().nullable(),
  l2beatComparedAsOf: z.string().nullable(),
  rosette: z
    .array(
      z.strictObject({
        name: z.string(),
        value: z.string(),
        sentiment: z.string(),
        l2beat: RiskValue.nullable(),
      }),
    )
    .nullable(),
  exitWindow: z
    .strictObject({ seconds: z.number().nullable(), value: z.string(), sentiment: z.string() })
    .nullable(),
  steal: Collusion,
  freeze: Collusion,
  censor: Collusion,
  exitLatency: ExitLatency,
  custody: z.string(),
  bitcoinlayers: z
    .strictObject({ custody: Tier, dataAvailability: Tier, operators: Tier, finality: Tier })
    .nullable(),
  value: SystemValue.nullable(),
  valueNote: z.string().nullable(),
  disagreements: z.array(
    z.strictObject({ subject: z.string(), ours: z.string(), theirs: z.string(), reason: z.string() }),
  ),
});
export type SystemSummary = z.infer<typeof SystemSummary>;

/** The value-weighted view: how much value sits behind each weakness, and what each DA layer secures. */
export const ExposureSchema = z.strictObject({
  totalUsd: z.number(),
  valued: z.number().int(),
  unvalued: z.array(z.string()),
  buckets: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      usd: z.number(),
      share: z.number(),
      systems: z.array(z.string()),
      unvalued: z.array(z.string()),
    }),
  ),
  daLayers: z.array(
    z.strictObject({ daLayer: z.string(), usd: z.number(), share: z.number(), systems: z.array(z.string()) }),
  ),
  notDaDependent: z.array(z.string()),
});

/** The BTC close used to value BTC-side figures, with its day. */
export const BtcPrice = z.strictObject({ day: DaySchema, usd: z.number() }).nullable();
