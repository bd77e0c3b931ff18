import type { IngestFlag, Store } from '../store/store.ts';

/** Which flags to list: one protocol, one kind, only points kept out of totals. */
export type QualityFilter = { protocol?: string | undefined; kind?: string | undefined; excluded?: boolean };

/**
 * Every data-quality flag, from live ingestion and from file imports, filtered, each saying whether
 * what it flags is kept out. Rows an import kept out (a negative TVL, an impossible day) come with
 * their day and value. `app/quality.ts` is the full document.
 * @example await qualityFlags(store, { protocol: 'zerolend', excluded: true })
 */
export async function qualityFlags(store: Store, filter: QualityFilter = {}): Promise<IngestFlag[]> {
  const [live, imported] = await Promise.all([store.ingestFlags(), store.qualityFlags()]);
  const fromImports: IngestFlag[] = imported.map((f) => ({
    dataset: f.dataset,
    unit: `import:${f.dataset}`,
    subject: f.subject,
    day: null,
    kind: f.kind,
    excluded: f.excluded,
    usd: null,
    message: f.message,
  }));
  return [...live, ...fromImports].filter(
    (f) =>
      (!filter.protocol || f.unit === `protocol:${filter.protocol}` || f.subject === filter.protocol) &&
      (!filter.kind || f.kind === filter.kind) &&
      (!filter.excluded || f.excluded),
  );
}
