import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { PROTOCOL_FACTORS } from '../risk/sustainability/factors.ts';

/** The metrics a rule can watch: a protocol's or chain's score, one of a protocol's signals, the watchlist's size. */
export const ALERT_METRICS = [
  'protocol.score',
  'chain.score',
  'watchlist.size',
  ...PROTOCOL_FACTORS.map((f) => `protocol.${f.id}` as const),
] as const;
export type AlertMetric = (typeof ALERT_METRICS)[number];

/** One rule: fire when `metric` of `subject` is below or above `threshold`. */
export type AlertRule = {
  id: string;
  metric: AlertMetric;
  subject: string | null;
  condition: 'below' | 'above';
  threshold: number;
  /** 1-based line of the rule in its file. */
  line: number;
};

const RuleSchema = z.strictObject({
  id: z.string().min(1),
  metric: z.enum(ALERT_METRICS, {
    error: (i) => `unknown metric ${JSON.stringify(i.input)}; known: ${ALERT_METRICS.join(', ')}`,
  }),
  subject: z.string().min(1).optional(),
  condition: z.enum(['below', 'above']),
  threshold: z
    .number({ error: (i) => `threshold must be a number, got ${JSON.stringify(i.input)}` })
    .finite(),
});

/**
 * Parses an alert rules file (YAML or JSON: `{rules: [{id, metric, subject, condition, threshold}]}`).
 * Anything wrong (an unknown metric, a threshold that is not a number, a missing subject, a duplicate
 * id) is refused at load with the file, the line and the reason; no rule of a bad file is used.
 */
export function parseAlertRules(text: string, source: string): AlertRule[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0] as { message: string; linePos?: [{ line: number }] };
    throw new ValidationError(`not YAML or JSON: ${e.message.split('\n')[0]}`, {
      source,
      place: `line ${e.linePos?.[0].line ?? 1}`,
    });
  }
  const rules = doc.get('rules', true) as { items?: { range?: [number] }[] } | undefined;
  const data = doc.toJS() as { rules?: unknown } | null;
  if (!data || !Array.isArray(data.rules))
    throw new ValidationError('expected a top-level `rules:` list', { source, field: 'rules' });
  const ids = new Set<string>();
  return data.rules.map((raw, i) => {
    const line = lines.linePos(rules?.items?.[i]?.range?.[0] ?? 0).line;
    const place = `line ${line}`;
    const parsed = RuleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(issue?.message ?? 'invalid rule', {
        source,
        place,
        field: issue?.path.join('.') || 'rule',
      });
    }
    const r = parsed.data;
    if (r.metric !== 'watchlist.size' && r.subject === undefined)
      throw new ValidationError(`${r.metric} needs a subject`, { source, place, field: 'subject' });
    if (ids.has(r.id))
      throw new ValidationError(`duplicate rule id "${r.id}"`, { source, place, field: 'id' });
    ids.add(r.id);
    return {
      id: r.id,
      metric: r.metric,
      subject: r.subject ?? null,
      condition: r.condition,
      threshold: r.threshold,
      line,
    };
  });
}
