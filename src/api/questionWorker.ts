import { type App, createApp } from '../app/createApp.ts';
import { guarded, guardNative } from '../app/workers/nativeGuard.ts';
import type { Config } from '../core/config.ts';
import { openSnapshotReader } from '../store/duckdb/snapshotReader.ts';
import type { StoreAccess } from '../store/storeAccess.ts';
import { collectHeavyRoutes, type HeavyRequest, type HeavyRun } from './heavyRoutes.ts';
import { type ProblemFor, problemOf } from './problemOf.ts';
import { API_ROUTES } from './routeTable.ts';
import { appContext } from './serverContext.ts';

/** One heavy request, as a computation thread gets it: the route, the request, and the snapshot it pins. */
export type QuestionTask = HeavyRequest & {
  /** The route's key: `GET /api/v1/backtest`. */
  route: string;
  snapshot: { file: string; generation: number };
  config: Config;
  memoBytes: number;
};
/** The JSON text the route sends, or the problem it answers. */
export type QuestionAnswer = { body: string } | { problem: ProblemFor };

/** The thread's apps, one per snapshot file it has read (their memos with them). */
const apps = new Map<string, { app: App; access: StoreAccess }>();
let current: App | null = null;
let routes: Map<string, HeavyRun> | null = null;

function appFor(task: QuestionTask): App {
  const { file, generation } = task.snapshot;
  let open = apps.get(file);
  if (!open) {
    const reader = openSnapshotReader(file, generation);
    const access: StoreAccess = {
      ...reader,
      read: async () => guardNative(await guarded(() => reader.read())),
    };
    open = { app: createApp({ config: task.config, store: access, memoBytes: task.memoBytes }), access };
    apps.set(file, open);
  }
  return open.app;
}

/**
 * A computation thread's answer to one heavy request: the route's own answer (found by
 * `collectHeavyRoutes` over every area) computed on the app of the snapshot the request pins, or the
 * problem its error answers. An unexpected error is thrown (the server logs it, the client gets a 500).
 */
export default async function questionWorker(task: QuestionTask): Promise<QuestionAnswer> {
  const app = appFor(task);
  current = app;
  routes ??= collectHeavyRoutes(
    API_ROUTES,
    Object.defineProperty(appContext({ app }), 'app', { get: () => current as App }),
  );
  const run = routes.get(task.route);
  if (!run) throw new Error(`no heavy route ${task.route} in this thread`);
  try {
    return { body: await run(app, task) };
  } catch (err) {
    const problem = problemOf(err);
    if (problem) return { problem };
    throw err;
  }
}

/** Broadcasts from the server: `{ close: file }` when a snapshot is freed (this thread lets go of it). */
export async function control(message: { close?: string }): Promise<void> {
  const open = message.close ? apps.get(message.close) : undefined;
  if (!open || !message.close) return;
  apps.delete(message.close);
  await open.access.close();
}
