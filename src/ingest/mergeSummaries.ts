import type { IngestSummary } from './runIngest.ts';

const COUNTS = [
  'units',
  'skipped',
  'written',
  'unchanged',
  'notModified',
  'bytes',
  'newPoints',
  'excluded',
  'warnings',
  'durationMs',
] as const;

/** One summary for a run made of phases (say, the protocol list, then every protocol). */
export function mergeSummaries(parts: readonly IngestSummary[]): IngestSummary {
  const [first, ...rest] = parts;
  if (!first) throw new RangeError('no summaries to merge');
  const total: IngestSummary = { ...first, failed: [...first.failed] };
  for (const part of rest) {
    for (const key of COUNTS) total[key] += part[key];
    total.failed.push(...part.failed);
  }
  return total;
}
