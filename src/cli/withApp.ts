import type { Command } from 'commander';
import type { App } from '../app/createApp.ts';
import { createFileApp } from '../app/createFileApp.ts';
import { resolveConfig } from '../core/config.ts';

/** Resolves the config from the global flags and the environment, runs `work`, and closes the store. */
export async function withApp(program: Command, work: (app: App) => Promise<void>): Promise<void> {
  const flags = program.opts<{ data?: string; db?: string; registry?: string; restaking?: string }>();
  const app = createFileApp(resolveConfig({ flags, env: process.env, cwd: process.cwd() }));
  try {
    await work(app);
  } finally {
    await app.close();
  }
}
