// src/analytics/qualityFlags.ts
async function qualityFlags(store, filter = {}) {
  const [live, imported] = await Promise.all([store.ingestFlags(), store.qualityFlags()]);
  const fromImports = imported.map((f) => ({
    dataset: f.dataset,
    unit: f.file ?? f.dataset,
    subject: f.subject,
    day: null,
    kind: f.kind,
    excluded: false,
    usd: null,
    message: f.message
  }));
  return [...live, ...fromImports].filter(
    (f) => (!filter.protocol || f.unit === `protocol:${filter.protocol}` || f.subject === filter.protocol) && (!filter.kind || f.kind === filter.kind) && (!filter.excluded || f.excluded)
  );
}
export {
  qualityFlags
};
