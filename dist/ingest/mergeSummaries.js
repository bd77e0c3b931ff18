// src/ingest/mergeSummaries.ts
var COUNTS = [
  "units",
  "skipped",
  "written",
  "unchanged",
  "notModified",
  "bytes",
  "newPoints",
  "excluded",
  "warnings",
  "durationMs"
];
function mergeSummaries(parts) {
  const [first, ...rest] = parts;
  if (!first) throw new RangeError("no summaries to merge");
  const total = { ...first, failed: [...first.failed] };
  for (const part of rest) {
    for (const key of COUNTS) total[key] += part[key];
    total.failed.push(...part.failed);
  }
  return total;
}
export {
  mergeSummaries
};
