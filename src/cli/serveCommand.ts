import type { Command } from 'commander';
import { DEFAULT_LIMITS } from '../api/serverLimits.ts';

export type ServeOptions = {
  port: string;
  host: string;
  rateLimit: string;
  workers?: string;
  queue: string;
  deadline: string;
  cacheMib: string;
};

/** `faultline serve`: the HTTP API and the dashboard over a snapshot of the store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1, docs at /api/docs) and the dashboard (/)')
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option(
      '--rate-limit <n>',
      'computations per minute per client, every computing route counted together',
      String(DEFAULT_LIMITS.computeRateLimit),
    )
    .option('--workers <n>', 'threads computing the heavy questions (default: the cores but one, 1 to 4)')
    .option(
      '--queue <n>',
      'heavy requests that may wait for a thread (then 503)',
      String(DEFAULT_LIMITS.queue),
    )
    .option(
      '--deadline <s>',
      'seconds a heavy request may run on its thread (then 504), and may wait for one (then 503)',
      '30',
    )
    .option('--cache-mib <n>', 'MiB of responses cached, and of shared answers kept per thread', '64')
    .action(async (o: ServeOptions) => {
      const { serve } = await import('./serveAction.ts');
      await serve(program, o);
    });
}
