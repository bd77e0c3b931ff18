// src/alerts/alertRules.ts
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ValidationError } from "../core/errors.js";
import { PROTOCOL_FACTORS } from "../risk/sustainability/factors.js";
var ALERT_METRICS = [
  "protocol.score",
  "chain.score",
  "watchlist.size",
  ...PROTOCOL_FACTORS.map((f) => `protocol.${f.id}`)
];
var RuleSchema = z.strictObject({
  id: z.string().min(1),
  metric: z.enum(ALERT_METRICS, {
    error: (i) => `unknown metric ${JSON.stringify(i.input)}; known: ${ALERT_METRICS.join(", ")}`
  }),
  subject: z.string().min(1).optional(),
  condition: z.enum(["below", "above"]),
  threshold: z.number({ error: (i) => `threshold must be a number, got ${JSON.stringify(i.input)}` }).finite()
});
function parseAlertRules(text, source) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ValidationError(`not YAML or JSON: ${e.message.split("\n")[0]}`, {
      source,
      place: `line ${e.linePos?.[0].line ?? 1}`
    });
  }
  const rules = doc.get("rules", true);
  const data = doc.toJS();
  if (!data || !Array.isArray(data.rules))
    throw new ValidationError("expected a top-level `rules:` list", { source, field: "rules" });
  const ids = /* @__PURE__ */ new Set();
  return data.rules.map((raw, i) => {
    const line = lines.linePos(rules?.items?.[i]?.range?.[0] ?? 0).line;
    const place = `line ${line}`;
    const parsed = RuleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(issue?.message ?? "invalid rule", {
        source,
        place,
        field: issue?.path.join(".") || "rule"
      });
    }
    const r = parsed.data;
    if (r.metric !== "watchlist.size" && r.subject === void 0)
      throw new ValidationError(`${r.metric} needs a subject`, { source, place, field: "subject" });
    if (ids.has(r.id))
      throw new ValidationError(`duplicate rule id "${r.id}"`, { source, place, field: "id" });
    ids.add(r.id);
    return {
      id: r.id,
      metric: r.metric,
      subject: r.subject ?? null,
      condition: r.condition,
      threshold: r.threshold,
      line
    };
  });
}
export {
  ALERT_METRICS,
  parseAlertRules
};
