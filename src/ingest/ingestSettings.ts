import type { Day } from '../core/day.ts';
import type { HttpClientOptions } from '../sources/http/httpClient.ts';
import type { IngestEvent } from './runIngest.ts';

/** How a live ingest runs: its days, how hard it may hit each host, and how it retries. */
export type IngestSettings = {
  /** The last day stored (UTC); default yesterday, the last closed day. */
  until: Day;
  since: Day | null;
  staleDays: number;
  refresh: boolean;
  /** Units fetched at once. */
  concurrency: number;
  /** Memory the store's engine may keep while ingesting (MiB). */
  storeMemoryMib: number;
  /** The shared client base's settings (limiter, timeouts, retries, size cap). */
  http: Omit<HttpClientOptions, 'name' | 'baseUrl'>;
  onEvent?: (e: IngestEvent) => void;
};
