import type { AlertRule } from '../alerts/alertRules.ts';
import { type Alert, evaluateRules } from '../alerts/evaluateRules.ts';
import { metricLookup } from '../alerts/metricLookup.ts';
import { latestDataDay } from '../analytics/watchlist.ts';
import type { Day } from '../core/day.ts';
import { ConfigError } from '../core/errors.ts';
import type { App } from './createApp.ts';

/** One firing alert as it is printed (a JSON line) and POSTed to a webhook: `faultline.alert/v1`. */
export type AlertDocument = { schema: 'faultline.alert/v1' } & Alert;

/** The document of an alert, the one form both the printed line and the webhook's body take. */
export const alertDocument = (alert: Alert): AlertDocument => ({ schema: 'faultline.alert/v1', ...alert });

/**
 * Evaluates alert rules on the store's sustainability data as of `asOf` (default: the newest day of
 * protocol history): the alerts that fire, and the rules whose metric is unknown that day (said, never
 * taken as safe).
 */
export async function checkAlerts(
  app: App,
  rules: readonly AlertRule[],
  asOf: Day | null,
): Promise<{ asOf: Day; alerts: Alert[]; unknown: AlertRule[] }> {
  const data = await app.sustainability();
  const day = asOf ?? latestDataDay(data);
  if (!day)
    throw new ConfigError('the store has no protocol history to evaluate alerts on', { field: '--as-of' });
  return { asOf: day, ...(await evaluateRules([...rules], metricLookup(data, day), day)) };
}
