import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { dayFromDate } from '../core/day.ts';
import type { App } from './createApp.ts';

/** Answers kept beside the store at most; the least recently written go first. */
export const KEPT_ANSWERS = 16;

/** Where the kept answers of a store live: a folder beside its file. */
export const answersDir = (dbPath: string) => join(dirname(dbPath), 'answers');

/**
 * The build's id (`dist/build.json`, written by `npm run build:cli`: a hash of every source file and
 * the lockfile); null when running from the sources, where nothing is kept.
 */
function buildId(): string | null {
  const file = new URL('../build.json', import.meta.url);
  if (!existsSync(file)) return null;
  const { id } = JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown };
  return typeof id === 'string' ? id : null;
}

/** Every file under `path` (or `path` itself) with its size and modification time, in a stable order. */
function fileStamps(path: string): string[] {
  if (!existsSync(path)) return [`${path} absent`];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [`${path} ${stat.size} ${stat.mtimeMs}`];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .flatMap((name) => {
      const s = statSync(join(path, name));
      return s.isDirectory() ? [] : [`${relative(path, join(path, name))} ${s.size} ${s.mtimeMs}`];
    });
}

/**
 * The key of an answer: everything it is computed from. The question and its parameters, the data the
 * store holds (its revision changes before every write), every file read beside the store (the data
 * folder, the registry, the restaking file, the incidents), the build, and the UTC day (an answer may
 * name today). Null when the build is unknown (running from the sources): nothing is kept then.
 */
async function answerKey(
  app: App,
  question: string,
  parameters: unknown,
  build: string | null,
): Promise<string | null> {
  if (build === null) return null;
  const { config } = app;
  const hash = createHash('sha256')
    .update(`${question}\n${JSON.stringify(parameters)}\n${build}\n${dayFromDate(new Date())}\n`)
    .update(`${await (await app.store()).revision()}\n`);
  for (const path of [config.dataDir, config.registryDir, config.restakingFile, config.incidentsFile])
    hash.update(`${path}\n${fileStamps(path).join('\n')}\n`);
  return hash.digest('hex');
}

/**
 * The serialized answer to `question` with `parameters`: the one kept beside the store when nothing it
 * is computed from changed since (see `answerKey`), else `compute`d and kept (written whole, then
 * renamed, so a reader never sees half a file). `fresh` computes again whatever is kept; `build` is the
 * build's id (default: this build's, null from the sources: nothing kept).
 * @example const { text } = await keptAnswer(app, 'report/v2', {}, async () => serializeDocument(await report(app, {})));
 */
export async function keptAnswer(
  app: App,
  question: string,
  parameters: unknown,
  compute: () => Promise<string>,
  { fresh = false, build = buildId() }: { fresh?: boolean; build?: string | null } = {},
): Promise<{ text: string; kept: boolean }> {
  const key = await answerKey(app, question, parameters, build);
  if (key === null) return { text: await compute(), kept: false };
  const dir = answersDir(app.config.dbPath);
  const file = join(dir, `${key}.json`);
  if (!fresh && existsSync(file)) return { text: readFileSync(file, 'utf8'), kept: true };
  const text = await compute();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  prune(dir);
  return { text, kept: false };
}

/** Keeps the `KEPT_ANSWERS` newest answers of the folder. */
function prune(dir: string): void {
  const kept = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of kept.slice(KEPT_ANSWERS)) rmSync(join(dir, name), { force: true });
}
