import type { AlertRule } from './alertRules.ts';

/** An alert: the rule that fired, the value it saw, and why, in words. */
export type Alert = {
  rule: string;
  metric: string;
  subject: string | null;
  condition: 'below' | 'above';
  threshold: number;
  value: number;
  asOf: string;
  reason: string;
  /** The score's drivers when the metric is a score (what to read first). */
  drivers: string | null;
};

/** A metric's value for a subject, with the drivers when it is a score; null when unknown. */
export type MetricLookup = (rule: AlertRule) => Promise<{ value: number; drivers: string | null } | null>;

/**
 * Evaluates every rule; returns the alerts that fire and the rules whose metric is unknown (said, not
 * fired and not silently passed).
 */
export async function evaluateRules(
  rules: readonly AlertRule[],
  lookup: MetricLookup,
  asOf: string,
): Promise<{ alerts: Alert[]; unknown: AlertRule[] }> {
  const alerts: Alert[] = [];
  const unknown: AlertRule[] = [];
  for (const rule of rules) {
    const found = await lookup(rule);
    if (found === null) {
      unknown.push(rule);
      continue;
    }
    const fires = rule.condition === 'below' ? found.value < rule.threshold : found.value > rule.threshold;
    if (!fires) continue;
    alerts.push({
      rule: rule.id,
      metric: rule.metric,
      subject: rule.subject,
      condition: rule.condition,
      threshold: rule.threshold,
      value: found.value,
      asOf,
      reason: `${rule.metric}${rule.subject ? ` of ${rule.subject}` : ''} is ${Number(found.value.toFixed(4))}, ${rule.condition} ${rule.threshold} on ${asOf}`,
      drivers: found.drivers,
    });
  }
  return { alerts, unknown };
}
