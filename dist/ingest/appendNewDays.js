// src/ingest/appendNewDays.ts
import { UNCHANGED } from "./ingestUnit.js";
async function appendNewDays(ctx, target, rows, checkpoint, bytes) {
  const last = await ctx.exclusive((s) => s.lastDays(target.table, target.keyColumn));
  const fresh = [];
  for (const [key, days] of rows) {
    const after = last.get(key);
    for (const [day, row] of days) {
      if ((!after || day > after) && day <= ctx.until && (!ctx.since || day >= ctx.since)) fresh.push(row);
    }
  }
  if (fresh.length === 0 && ctx.checkpoint?.targetDay === ctx.until) return { ...UNCHANGED, bytes };
  await ctx.commit({
    checkpoint,
    flags: [],
    write: async (tx) => {
      if (fresh.length > 0) await tx.append(target.table, target.columns, fresh);
    }
  });
  return { status: "written", bytes, newPoints: fresh.length, excluded: 0, warnings: 0 };
}
export {
  appendNewDays
};
