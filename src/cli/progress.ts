import cliProgress from 'cli-progress';
import type { ImportEvent } from '../ingest/importDatasets.ts';

/**
 * Draws import progress on stderr: a bar (datasets done, current dataset, elapsed, ETA) on a TTY,
 * one plain line per dataset otherwise (CI, pipes). `quiet` shows nothing for unchanged datasets, so a
 * command that only reads stays silent when there is nothing to import.
 */
export function createImportProgress(
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
): {
  onEvent(e: ImportEvent): void;
  stop(): void;
} {
  if (!stream.isTTY) {
    return {
      onEvent(e) {
        const at = `[${e.index}/${e.total}]`;
        if (e.type === 'start') stream.write(`${at} importing ${e.dataset} (${e.title})\n`);
        if (e.type === 'done')
          stream.write(
            `${at} imported ${e.dataset}: ${e.rows.toLocaleString('en-US')} rows in ${Math.round(e.durationMs)} ms\n`,
          );
        if (e.type === 'unchanged' && !quiet) stream.write(`${at} unchanged ${e.dataset}\n`);
        if (e.type === 'failed') stream.write(`${at} FAILED ${e.dataset}: ${e.error.message}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'import [{bar}] {value}/{total} datasets | {dataset} | {duration}s elapsed, ETA {eta}s',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const failures: string[] = [];
  return {
    onEvent(e) {
      if (quiet && e.type === 'unchanged') return;
      if (!started) {
        bar.start(e.total, 0, { dataset: '' });
        started = true;
      }
      if (e.type === 'start') bar.update(e.index - 1, { dataset: e.dataset });
      else bar.update(e.index, { dataset: e.type === 'failed' ? `${e.dataset} FAILED` : e.dataset });
      if (e.type === 'failed') failures.push(`FAILED ${e.dataset}: ${e.error.message}`);
    },
    stop() {
      if (started) bar.stop();
      for (const f of failures) stream.write(`${f}\n`);
    },
  };
}
