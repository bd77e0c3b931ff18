import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { RateStrategyRow } from '../../store/yieldStore.ts';
import { validateJson } from './readJsonFile.ts';

/** A ray (27 decimals) as a report gives it: a JSON number or a decimal string. */
const Ray = z.union([z.number(), z.string().regex(/^\d+$/)]).transform((v) => Number(v) / 1e27);

/** An interest-rate strategy's variable-rate parameters, in rays (bgd-labs/aave-proposals-v3 reports). */
const Strategy = z.looseObject({
  baseVariableBorrowRate: Ray,
  optimalUsageRatio: Ray,
  variableRateSlope1: Ray,
  variableRateSlope2: Ray,
});

const Reserve = z.looseObject({
  symbol: z.string().min(1),
  underlying: z.string().optional(),
  reserveFactor: z.number().int().min(0).max(10_000),
  interestRateStrategy: z.string().min(1),
});

/** A full config snapshot (Aave v3.0 era): reserves by address, strategies by strategy contract. */
export const AaveConfigReport = z.looseObject({
  reserves: z.record(z.string(), Reserve),
  strategies: z.record(z.string(), Strategy),
});
export type AaveConfigReport = z.infer<typeof AaveConfigReport>;

/** A config diff's raw JSON (Aave v3.2+): per reserve `{from, to}`, strategies keyed by reserve. */
export const AaveConfigDiff = z.looseObject({
  reserves: z.record(z.string(), z.looseObject({ to: Reserve.nullable() })),
  strategies: z.record(
    z.string(),
    z.looseObject({ to: Strategy.extend({ address: z.string() }).nullable() }),
  ),
});
export type AaveConfigDiff = z.infer<typeof AaveConfigDiff>;

/**
 * Reads the interest-rate strategy of every reserve a governance config report names: a JSON snapshot
 * (`aave-v3-<network>_<day>.json`, one strategy contract per reserve) or a Markdown diff whose "Raw diff"
 * block holds the JSON (`aave-v3-<network>_..._<day>.md`, v3.2+ strategies keyed by reserve, whose
 * parameters Aave stores in basis points and reports as rays). Rates are fractions a year; the reserve
 * factor a fraction.
 */
export function parseAaveConfigReport(file: string): RateStrategyRow[] {
  const name = basename(file);
  const m = /^aave-v3-([a-z0-9]+)_.*?(\d{4}-\d{2}-\d{2})\.(json|md)$/.exec(name);
  if (!m) throw new ValidationError('not an aave-v3-<network>_<day>.json|md report name', { source: file });
  const [, network, day, ext] = m as unknown as [string, string, Day, string];
  const market = `aave-v3-${network}`;
  const chain = normaliseChain(network);
  const text = readFileSync(file, 'utf8');
  const row = (asset: string, symbol: string, rf: number, s: z.infer<typeof Strategy>, strategy: string) => ({
    market,
    chain,
    asset: asset.toLowerCase(),
    symbol,
    asOf: day,
    optimalUsageRatio: s.optimalUsageRatio,
    baseVariableBorrowRate: s.baseVariableBorrowRate,
    variableRateSlope1: s.variableRateSlope1,
    variableRateSlope2: s.variableRateSlope2,
    reserveFactor: rf / 10_000,
    strategy: strategy.toLowerCase(),
    file: name,
  });
  if (ext === 'json') {
    const report = validateJson(parseJson(text, file), AaveConfigReport, file);
    return Object.entries(report.reserves).map(([asset, r]) => {
      const s = report.strategies[r.interestRateStrategy];
      if (!s)
        throw new ValidationError(`strategy ${r.interestRateStrategy} is not in "strategies"`, {
          source: file,
          place: `reserves.${asset}`,
        });
      return row(asset, r.symbol, r.reserveFactor, s, r.interestRateStrategy);
    });
  }
  const block = /## Raw diff\s*```json\s*([\s\S]*?)```/.exec(text)?.[1];
  if (!block) throw new ValidationError('no "## Raw diff" JSON block', { source: file });
  const diff = validateJson(parseJson(block, file), AaveConfigDiff, file);
  return Object.entries(diff.strategies).flatMap(([asset, s]) => {
    const r = diff.reserves[asset]?.to;
    if (!s.to || !r) return [];
    return [row(asset, r.symbol, r.reserveFactor, s.to, s.to.address)];
  });
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ValidationError(`malformed JSON: ${(err as Error).message}`, { source: file });
  }
}
