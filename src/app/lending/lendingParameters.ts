import { z } from 'zod';
import { IntParam } from '../parameters.ts';

/** Aave v3's liquidation rules a question runs under: v3.0's per-reserve close factor or v3.3's. */
export const AaveVersionParam = z
  .enum(['3.0', '3.3'], { error: 'not an Aave version: 3.0 or 3.3' })
  .default('3.3')
  .describe("Aave's liquidation rules: 3.0 or 3.3");

/** A JSON object given in a request body (a position, a scenario, a wind-down). */
export const JsonInput = z.record(z.string(), z.unknown());

/** A positions book in a request body: a list of accounts or `{emodeCategories, assumptions, accounts}`. */
export const PositionsParam = z
  .union([z.array(z.unknown()).min(1).max(50_000), JsonInput])
  .optional()
  .describe('a positions book (README, "Lending positions"); default: a stored market');

/**
 * A value per asset in [min, max]: a record (`{"WETH": -0.4}`), or `ASSET=x` items as a repeatable
 * flag gives them (`["WETH=-0.4"]`).
 */
export function assetValues(min: number, max: number) {
  const range = `must be in [${min}, ${max}]`;
  return z.preprocess(
    (value, ctx) => {
      if (!Array.isArray(value)) return value;
      const out: Record<string, number> = {};
      for (const item of value) {
        const [asset, text, ...rest] = String(item).split('=');
        const x = Number(text);
        if (!asset || text === undefined || text.trim() === '' || rest.length > 0 || !Number.isFinite(x))
          ctx.addIssue({ code: 'custom', message: `expected ASSET=number, got "${String(item)}"` });
        else out[asset] = x;
      }
      return out;
    },
    z.record(z.string().min(1), z.number().min(min, range).max(max, range)),
  );
}

/** A stored market to run on: a chain snapshot (`market read`) or an imported top-borrowers file. */
export const MarketParams = {
  market: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('a stored market: a chain snapshot (faultline market read) or aave-v3-ethereum (the default)'),
  block: IntParam.pipe(z.number().int().nonnegative())
    .optional()
    .describe("a chain snapshot's block: the newest stored at or before it (default: the newest)"),
};
