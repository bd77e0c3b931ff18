// src/ingest/ingestUnit.ts
var UNCHANGED = {
  status: "unchanged",
  bytes: 0,
  newPoints: 0,
  excluded: 0,
  warnings: 0
};
function storedValidators(ctx) {
  const c = ctx.checkpoint;
  if (!c) return {};
  const wanted = c.newestDay !== null && c.newestDay < ctx.until ? c.newestDay : ctx.until;
  if (wanted > c.targetDay) return {};
  return { validators: { etag: c.etag, lastModified: c.lastModified } };
}
function checkpointOf(source, unit, ctx, validators = { etag: null, lastModified: null }) {
  return {
    source,
    unit,
    targetDay: ctx.until,
    newestDay: ctx.checkpoint?.newestDay ?? null,
    etag: validators.etag,
    lastModified: validators.lastModified,
    contentSha256: ctx.checkpoint?.contentSha256 ?? null
  };
}
async function recordNotModified(ctx, checkpoint) {
  if (ctx.checkpoint?.targetDay !== ctx.until) await ctx.commit({ checkpoint, flags: [] });
  return { ...UNCHANGED, status: "not-modified" };
}
export {
  UNCHANGED,
  checkpointOf,
  recordNotModified,
  storedValidators
};
