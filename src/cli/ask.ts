import type { Command } from 'commander';
import type { App } from '../app/createApp.ts';
import type { View } from '../report/view.ts';
import { type Format, writeAnswer } from './answer.ts';
import { ensureData } from './ensureData.ts';
import { withApp } from './withApp.ts';

/**
 * Asks a question as every analytics command does: opens the store, imports what changed in the data
 * folder, answers through the use case and prints the document (`json`) or its view.
 * Command modules import this lazily, inside their action, so `--help` loads none of it.
 */
export async function ask<D>(
  program: Command,
  format: Format,
  answer: (app: App) => Promise<D>,
  view: (document: D) => View | View[],
): Promise<void> {
  await withApp(program, async (app) => {
    await ensureData(app);
    writeAnswer(await answer(app), format, view);
  });
}
