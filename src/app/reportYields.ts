import { z } from 'zod';
import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import { IncentiveBacktestResult, incentiveBacktest } from './yield/incentiveBacktest.ts';
import { RestakingYieldStackResult, restakingYieldStack } from './yield/restakingYieldStack.ts';
import { YieldBreakdownResult, yieldBreakdown } from './yield/yieldBreakdown.ts';
import { YieldCliffResult, yieldCliff } from './yield/yieldCliff.ts';

/** The chains whose yield the report breaks down: Ethereum and its largest L2s, and Linea (ZeroLend's). */
export const REPORT_YIELD_CHAINS = ['ethereum', 'arbitrum', 'base', 'optimism', 'linea'] as const;

/** The DefiLlama categories whose yield the report breaks down. */
export const REPORT_YIELD_CATEGORIES = ['Lending', 'Dexs', 'Liquid Staking', 'Liquid Restaking'] as const;

/** The liquid restaking token whose yield stack the report shows. */
export const REPORT_YIELD_STACK_TOKEN = 'weETH';

/**
 * The yield questions of the report's "Where the yield comes from", asked for the day `asOf` (null:
 * each question's newest): the breakdowns, the measured cliff (no episode list), one LRT's stack, and the
 * incentive-dependence backtest from 2023 (the pool histories start in 2023-04) with its split in 2024-06.
 */
export function yieldReportQuestions(asOf: Day | null) {
  const day = asOf === null ? {} : { asOf };
  return {
    breakdowns: [
      ...REPORT_YIELD_CHAINS.map((chain) => ({ chain, limit: 10, ...day })),
      ...REPORT_YIELD_CATEGORIES.map((category) => ({ category, limit: 10, ...day })),
    ],
    cliff: { episodes: 'none' as const, ...day },
    stack: { token: REPORT_YIELD_STACK_TOKEN, ...day },
    backtest: { from: '2023-01-01', split: '2024-06-01', ...(asOf === null ? {} : { to: asOf }) },
  };
}

/**
 * `sections.yields` of the report: each yield question's own document, unchanged. Each carries its own
 * day: the yield data ends before the report's day (the yields export ~2025-04, the pool histories and
 * snapshot 2025-10), so a figure is of its document's `asOf`, not of the report's.
 */
export const ReportYieldsSection = z
  .strictObject({
    breakdowns: z.array(YieldBreakdownResult),
    cliff: YieldCliffResult.nullable(),
    stack: RestakingYieldStackResult.nullable(),
    backtest: IncentiveBacktestResult.nullable(),
  })
  .describe(
    "where the yield comes from: base vs reward APY per chain and category, the measured incentive cliff, a liquid restaking token's yield stack and the incentive-dependence backtest, each its question's document with its own day (the yield data ends before the report's day); what cannot answer on asOf is in omitted",
  );
export type ReportYieldsSection = z.infer<typeof ReportYieldsSection>;

type Omitted = { section: string; question: string; reason: string };

/**
 * The day the report asks the yield questions for: its own, or none (each question's newest) when its
 * day is after the newest stored pool yields, which the questions refuse as a day nothing describes.
 */
export async function yieldQuestionDay(app: App, asOf: Day | null): Promise<Day | null> {
  if (asOf === null) return null;
  const newest = (await (await app.store()).yieldCoverage()).reduce<Day | null>(
    (m, c) => (m === null || c.lastDay > m ? c.lastDay : m),
    null,
  );
  return newest !== null && asOf > newest ? null : asOf;
}

/** A question with its document, or with why it has none for the day. */
type Answer<D> = { question: object } & ({ doc: D } | { reason: string });

/** Asks `run` the question; a document that says it has no answer, or a refused question, is a reason. */
async function answer<P extends object, D>(
  app: App,
  question: P,
  run: (app: App, p: P) => Promise<D>,
  unanswered: (d: D) => string | null,
): Promise<Answer<D>> {
  try {
    const doc = await run(app, question);
    const reason = unanswered(doc);
    return reason === null ? { question, doc } : { question, reason };
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return { question, reason: err.shortMessage };
  }
}

/**
 * Asks the report's yield questions for the report's day `asOf` (see `yieldQuestionDay`), the store reads
 * side by side. A question that cannot answer on that day (no pool yields by then, no reward-fall episode,
 * a backtest window that does not fit) is listed in `omitted`, in the questions' order, with its reason
 * instead of its document.
 */
export async function reportYields(
  app: App,
  asOf: Day | null,
  omitted: Omitted[],
): Promise<ReportYieldsSection> {
  const q = yieldReportQuestions(await yieldQuestionDay(app, asOf));
  const [breakdowns, cliff, stack] = await Promise.all([
    Promise.all(
      q.breakdowns.map((b) =>
        answer(app, b, yieldBreakdown, (d) =>
          d.totals === null ? (d.notes[0] ?? `no pool yields for ${d.subject.name}`) : null,
        ),
      ),
    ),
    answer(app, q.cliff, yieldCliff, (d) =>
      d.episodeCoverage.episodes === 0 ? (d.notes[0] ?? 'no reward-fall episode') : null,
    ),
    answer(app, q.stack, restakingYieldStack, (d) =>
      d.pool === null ? `no ${d.token} pool on or before ${d.asked ?? 'the newest day'}` : null,
    ),
  ]);
  // The backtest scores every protocol month by month on this thread: asked once the reads are done.
  const backtest = await answer(app, q.backtest, incentiveBacktest, () => null);
  const keep = <D>(a: Answer<D>): D | null => {
    if ('doc' in a) return a.doc;
    omitted.push({ section: 'yields', question: JSON.stringify(a.question), reason: a.reason });
    return null;
  };
  return {
    breakdowns: breakdowns.flatMap((a) => {
      const doc = keep(a);
      return doc ? [doc] : [];
    }),
    cliff: keep(cliff),
    stack: keep(stack),
    backtest: keep(backtest),
  };
}
