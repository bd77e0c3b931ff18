import type { HttpClient } from '../../sources/http/httpClient.ts';
import type { Store } from '../../store/store.ts';
import type { IngestSettings } from '../ingestSettings.ts';
import { type IngestSummary, runIngest } from '../runIngest.ts';
import { L2BEAT_SOURCE, summaryUnit } from './summaryUnit.ts';

/** Runs an L2BEAT ingest: the scaling summary (stages, rosettes, TVS) as one unit. */
export function ingestL2beat(
  store: Store,
  api: HttpClient,
  settings: IngestSettings,
): Promise<IngestSummary> {
  return runIngest({ store, source: L2BEAT_SOURCE, units: [summaryUnit(api)], ...settings });
}
