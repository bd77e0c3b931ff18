// src/ingest/unitFlags.ts
import { addDays } from "../core/day.js";
function staleFlag(dataset, unit, newestDay, until, staleDays) {
  if (newestDay === null || newestDay >= addDays(until, -staleDays)) return [];
  return [
    {
      dataset,
      unit,
      subject: unit,
      day: newestDay,
      kind: "stale",
      excluded: false,
      usd: null,
      message: `no new day since ${newestDay} (over ${staleDays} days before ${until})`
    }
  ];
}
export {
  staleFlag
};
