// src/core/config.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./errors.js";
var DEFAULT_DATA_DIR = "../shared/data";
var DEFAULT_DB_PATH = ".faultline/faultline.duckdb";
var DEFAULT_REGISTRY_DIR = fileURLToPath(new URL("../../registry", import.meta.url));
var DEFAULT_RESTAKING_FILE = fileURLToPath(
  new URL("../../examples/restaking/eigenlayer-avs.json", import.meta.url)
);
var DEFAULT_INCIDENTS_FILE = fileURLToPath(
  new URL("../../registry/incidents/incidents.json", import.meta.url)
);
var DEFAULT_URLS = {
  defillamaApi: "https://api.llama.fi",
  defillamaCoins: "https://coins.llama.fi",
  l2beatApi: "https://l2beat.com/api"
};
function resolveConfig({ flags, env, cwd }) {
  const dataDir = resolve(cwd, flags.data ?? env.FAULTLINE_DATA ?? DEFAULT_DATA_DIR);
  const dbPath = resolve(cwd, flags.db ?? env.FAULTLINE_DB ?? DEFAULT_DB_PATH);
  const registryDir = resolve(cwd, flags.registry ?? env.FAULTLINE_REGISTRY ?? DEFAULT_REGISTRY_DIR);
  const restakingFile = resolve(cwd, flags.restaking ?? env.FAULTLINE_RESTAKING ?? DEFAULT_RESTAKING_FILE);
  if (existsSync(dbPath) && statSync(dbPath).isDirectory()) {
    throw new ConfigError("the store path is a folder; give a file path", { source: dbPath, field: "--db" });
  }
  const urls = {
    defillamaApi: url(env.DEFILLAMA_API_URL ?? DEFAULT_URLS.defillamaApi, "DEFILLAMA_API_URL"),
    defillamaCoins: url(env.DEFILLAMA_COINS_URL ?? DEFAULT_URLS.defillamaCoins, "DEFILLAMA_COINS_URL"),
    l2beatApi: url(env.L2BEAT_API_URL ?? DEFAULT_URLS.l2beatApi, "L2BEAT_API_URL")
  };
  const incidentsFile = resolve(cwd, env.FAULTLINE_INCIDENTS ?? DEFAULT_INCIDENTS_FILE);
  return { dataDir, dbPath, registryDir, restakingFile, incidentsFile, urls };
}
function url(text, name) {
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConfigError(`not a URL: "${text}"`, { field: name });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigError(`not an http(s) URL: "${text}"`, { field: name });
  }
  return text;
}
function assertDataDir(dataDir) {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new ConfigError(
      "data folder not found; pass --data DIR or set FAULTLINE_DATA (default ../shared/data beside the project)",
      { source: dataDir }
    );
  }
}
export {
  DEFAULT_DATA_DIR,
  DEFAULT_DB_PATH,
  DEFAULT_INCIDENTS_FILE,
  DEFAULT_REGISTRY_DIR,
  DEFAULT_RESTAKING_FILE,
  DEFAULT_URLS,
  assertDataDir,
  resolveConfig
};
