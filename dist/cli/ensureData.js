// src/cli/ensureData.ts
import { ConfigError } from "../core/errors.js";
import { runImport } from "./runImport.js";
async function ensureData(app, quiet = true) {
  if (app.hasDataDir()) return (await runImport(app, quiet)).failed.map((f) => f.dataset);
  if (!await app.hasData()) {
    throw new ConfigError("no data folder and an empty store: pass --data DIR or set FAULTLINE_DATA", {
      source: app.config.dataDir
    });
  }
  process.stderr.write(`data folder ${app.config.dataDir} not found: using the store as it is
`);
  return [];
}
export {
  ensureData
};
