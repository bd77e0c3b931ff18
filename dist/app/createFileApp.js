// src/app/createFileApp.ts
import { openStoreFile } from "../store/duckdb/storeFileAccess.js";
import { createApp } from "./createApp.js";
function createFileApp(config) {
  return createApp({ config, store: openStoreFile(config.dbPath) });
}
export {
  createFileApp
};
