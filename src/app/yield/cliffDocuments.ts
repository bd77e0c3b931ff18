import { z } from 'zod';
import { DayText } from './yieldSchemas.ts';

/** A distribution (fractions of TVL): median, quartiles, 10th/90th percentiles and the number of values. */
const SpreadDocument = z.object({
  n: z.number().int(),
  median: z.number(),
  p25: z.number(),
  p75: z.number(),
  p10: z.number(),
  p90: z.number(),
});

/** The measured response at one horizon (see risk/yield/measureCliff.ts). */
const HorizonDocument = z.object({
  horizon: z.number().int(),
  episodes: z.number().int(),
  leftOut: z.object({ noOutcome: z.number().int(), fewControls: z.number().int() }),
  difference: SpreadDocument.nullable(),
  treatedChange: SpreadDocument.nullable(),
  controlChange: SpreadDocument.nullable(),
  perIncentiveShare: SpreadDocument.nullable(),
});

/** The incentive cliff measured over one kind of episode. */
export const CliffResponseDocument = z.object({
  kind: z.enum(['all', 'sustained']),
  episodes: z.number().int(),
  horizons: z.array(HorizonDocument),
});

const RangeDocument = z.object({ median: z.number(), low: z.number(), high: z.number() });

/** A subject's TVL if its rewards stopped on `day` (USD; change as a fraction), per horizon. */
export const ProjectionDocument = z.object({
  basis: z.enum(['all', 'sustained']),
  day: DayText,
  horizons: z.array(
    z.object({
      horizon: z.number().int(),
      knownTvlUsd: z.number(),
      rewardedTvlUsd: z.number(),
      unknownTvlUsd: z.number(),
      projectedTvlUsd: RangeDocument.nullable(),
      change: RangeDocument.nullable(),
    }),
  ),
});

const Control = z.object({ pools: z.number().int(), medianChange: z.number() }).nullable();

/** One episode, for the chart: its day, rewards, TVL, outcomes and the difference to its controls. */
export const CliffEpisodeDocument = z.object({
  pool: z.string(),
  project: z.string(),
  chain: z.string(),
  day: DayText,
  rewardApy: z.number(),
  totalApy: z.number(),
  tvlUsd: z.number(),
  sustained: z.boolean().nullable(),
  change30: z.number().nullable(),
  change90: z.number().nullable(),
  control30: Control,
  control90: Control,
  difference30: z.number().nullable(),
  difference90: z.number().nullable(),
});
