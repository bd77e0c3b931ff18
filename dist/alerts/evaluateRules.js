// src/alerts/evaluateRules.ts
async function evaluateRules(rules, lookup, asOf) {
  const alerts = [];
  const unknown = [];
  for (const rule of rules) {
    const found = await lookup(rule);
    if (found === null) {
      unknown.push(rule);
      continue;
    }
    const fires = rule.condition === "below" ? found.value < rule.threshold : found.value > rule.threshold;
    if (!fires) continue;
    alerts.push({
      rule: rule.id,
      metric: rule.metric,
      subject: rule.subject,
      condition: rule.condition,
      threshold: rule.threshold,
      value: found.value,
      asOf,
      reason: `${rule.metric}${rule.subject ? ` of ${rule.subject}` : ""} is ${Number(found.value.toFixed(4))}, ${rule.condition} ${rule.threshold} on ${asOf}`,
      drivers: found.drivers
    });
  }
  return { alerts, unknown };
}
export {
  evaluateRules
};
