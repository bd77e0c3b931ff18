import { z } from 'zod';
import { DENOMINATIONS } from '../analytics/denominate.ts';
import { type Day, parseDay } from '../core/day.ts';

/** A UTC day parameter (`YYYY-MM-DD`), parsed to a Day. */
export const DayParam = z
  .string()
  .describe('a UTC day, YYYY-MM-DD')
  .transform((text, ctx): Day => {
    const day = parseDay(text);
    if (!day) {
      ctx.addIssue({ code: 'custom', message: `not a UTC day: "${text}" (expected YYYY-MM-DD)` });
      return z.NEVER;
    }
    return day;
  });

/** The unit a series or ranking is given in. */
export const DenominationParam = z.enum(DENOMINATIONS as ['usd', 'eth', 'btc']).default('usd');

/** A free-form JSON object body; its fields are checked by the domain reader, which names the JSON path. */
export const JsonObject = z.record(z.string(), z.unknown());

/** The query of an endpoint that takes no parameters: any parameter is refused, not ignored. */
export const NoQuery = z.strictObject({});
