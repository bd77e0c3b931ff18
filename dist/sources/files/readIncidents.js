// src/sources/files/readIncidents.ts
import { z } from "zod";
import { lastDayOfMonth, parseDay } from "../../core/day.js";
import { readJsonFile } from "./readJsonFile.js";
var IncidentsFile = z.strictObject({
  note: z.string().optional(),
  incidents: z.array(
    z.strictObject({
      protocol: z.string().min(1),
      day: z.string().refine((d) => parseDay(d) !== void 0, "not a day (YYYY-MM-DD)").optional(),
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "not a month (YYYY-MM)").optional(),
      kind: z.enum(["exploit", "oracle", "shutdown", "depeg", "governance"]),
      summary: z.string().min(1),
      source: z.string().min(1)
    }).refine((i) => i.day === void 0 !== (i.month === void 0), "give a day or a month, not both")
  )
});
function readIncidents(file) {
  return readJsonFile(file, IncidentsFile).incidents.map((i) => ({
    protocol: i.protocol,
    day: i.day ?? lastDayOfMonth(i.month),
    kind: i.kind,
    summary: i.summary,
    source: i.source
  }));
}
export {
  readIncidents
};
