// src/ingest/l2beat/ingestL2beat.ts
import { runIngest } from "../runIngest.js";
import { L2BEAT_SOURCE, summaryUnit } from "./summaryUnit.js";
function ingestL2beat(store, api, settings) {
  return runIngest({ store, source: L2BEAT_SOURCE, units: [summaryUnit(api)], ...settings });
}
export {
  ingestL2beat
};
