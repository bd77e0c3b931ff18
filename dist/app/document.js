// src/app/document.ts
import { z } from "zod";
import { DaySchema } from "./parameters.js";
var DocumentSource = z.strictObject({
  id: z.string().describe("dataset id, `registry`, or `input`"),
  title: z.string(),
  kind: z.enum(["dataset", "live", "registry", "input"])
});
var Coverage = z.strictObject({
  day: DaySchema.describe("the UTC day both figures are about"),
  publishedUsd: z.number().nullable().describe("the published figure (USD), or null when none exists"),
  explainedUsd: z.number().describe("what the stored data sums to on that day (USD)"),
  share: z.number().nullable().describe("explained / published, a fraction"),
  note: z.string()
});
var DocumentMeta = {
  asOf: DaySchema.nullable().describe("the UTC day the answer is about (null: not tied to a day)"),
  dataThrough: z.record(z.string(), DaySchema.nullable()).describe("the newest day of each source the answer read (null: the source has no dated rows)"),
  coverage: Coverage.nullable(),
  sources: z.array(DocumentSource)
};
function documentSchema(schema, shape) {
  return z.strictObject({ schema: z.literal(schema), ...DocumentMeta, ...shape });
}
function inputMeta(title) {
  return { asOf: null, dataThrough: {}, coverage: null, sources: [{ id: "input", title, kind: "input" }] };
}
export {
  Coverage,
  DocumentMeta,
  DocumentSource,
  documentSchema,
  inputMeta
};
