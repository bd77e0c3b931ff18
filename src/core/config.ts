import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';

/** Everything a run needs to know about where things are, resolved once. */
export type Config = {
  /** Folder holding the real datasets (the layout of `../shared/data`). */
  dataDir: string;
  /** DuckDB file of the store. */
  dbPath: string;
  /** Folder of the L2 and Bitcoin-layer registry (one JSON file per system). */
  registryDir: string;
  /** The restaking network file the report's restaking section checks. */
  restakingFile: string;
  /** Known incidents the sustainability score counts (`FAULTLINE_INCIDENTS`). */
  incidentsFile: string;
  /** Base URLs of the live sources (`DEFILLAMA_API_URL`, `DEFILLAMA_COINS_URL`, `DEFILLAMA_YIELDS_URL`, `L2BEAT_API_URL`). */
  urls: { defillamaApi: string; defillamaCoins: string; defillamaYields: string; l2beatApi: string };
};

export type ConfigInput = {
  flags: {
    data?: string | undefined;
    db?: string | undefined;
    registry?: string | undefined;
    restaking?: string | undefined;
  };
  env: Record<string, string | undefined>;
  cwd: string;
};

/** Default data folder, relative to the project root (the shared data lives beside the repo). */
export const DEFAULT_DATA_DIR = '../shared/data';
/** Default store file, relative to the project root; gitignored. */
export const DEFAULT_DB_PATH = '.faultline/faultline.duckdb';

/** The registry shipped with Faultline (`registry/` at the project root), wherever the command runs from. */
export const DEFAULT_REGISTRY_DIR = fileURLToPath(new URL('../../registry', import.meta.url));

/** The example EigenLayer network shipped with Faultline (EigenDA, Cyber, Lagrange: public figures). */
export const DEFAULT_RESTAKING_FILE = fileURLToPath(
  new URL('../../examples/restaking/eigenlayer-avs.json', import.meta.url),
);

/** The known incidents shipped with Faultline, each with its source. */
export const DEFAULT_INCIDENTS_FILE = fileURLToPath(
  new URL('../../registry/incidents/incidents.json', import.meta.url),
);

/** The public APIs the live sources call by default. */
export const DEFAULT_URLS = {
  defillamaApi: 'https://api.llama.fi',
  defillamaCoins: 'https://coins.llama.fi',
  defillamaYields: 'https://yields.llama.fi',
  l2beatApi: 'https://l2beat.com/api',
} as const;

/**
 * Resolves the configuration: CLI flag > environment variable > default.
 * @example resolveConfig({ flags: {}, env: { FAULTLINE_DB: '/tmp/x.duckdb' }, cwd: '/repo' }).dbPath === '/tmp/x.duckdb'
 */
export function resolveConfig({ flags, env, cwd }: ConfigInput): Config {
  const dataDir = resolve(cwd, flags.data ?? env.FAULTLINE_DATA ?? DEFAULT_DATA_DIR);
  const dbPath = resolve(cwd, flags.db ?? env.FAULTLINE_DB ?? DEFAULT_DB_PATH);
  const registryDir = resolve(cwd, flags.registry ?? env.FAULTLINE_REGISTRY ?? DEFAULT_REGISTRY_DIR);
  const restakingFile = resolve(cwd, flags.restaking ?? env.FAULTLINE_RESTAKING ?? DEFAULT_RESTAKING_FILE);
  if (existsSync(dbPath) && statSync(dbPath).isDirectory()) {
    throw new ConfigError('the store path is a folder; give a file path', { source: dbPath, field: '--db' });
  }
  const urls = {
    defillamaApi: url(env.DEFILLAMA_API_URL ?? DEFAULT_URLS.defillamaApi, 'DEFILLAMA_API_URL'),
    defillamaCoins: url(env.DEFILLAMA_COINS_URL ?? DEFAULT_URLS.defillamaCoins, 'DEFILLAMA_COINS_URL'),
    defillamaYields: url(env.DEFILLAMA_YIELDS_URL ?? DEFAULT_URLS.defillamaYields, 'DEFILLAMA_YIELDS_URL'),
    l2beatApi: url(env.L2BEAT_API_URL ?? DEFAULT_URLS.l2beatApi, 'L2BEAT_API_URL'),
  };
  const incidentsFile = resolve(cwd, env.FAULTLINE_INCIDENTS ?? DEFAULT_INCIDENTS_FILE);
  return { dataDir, dbPath, registryDir, restakingFile, incidentsFile, urls };
}

function url(text: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConfigError(`not a URL: "${text}"`, { field: name });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`not an http(s) URL: "${text}"`, { field: name });
  }
  return text;
}

/** Fails with a clear message when the data folder is missing. */
export function assertDataDir(dataDir: string): void {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new ConfigError(
      'data folder not found; pass --data DIR or set FAULTLINE_DATA (default ../shared/data beside the project)',
      { source: dataDir },
    );
  }
}
