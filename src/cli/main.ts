import { CommanderError } from 'commander';
import { FaultlineError, UsageError } from '../core/errors.ts';
import { buildProgram } from './program.ts';

/** A question's parameter as its flag: `asOf` → `--as-of`. */
function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** An error as the user reads it: a parameter named by its flag, a file by its place, never a stack for known errors. */
function errorText(err: unknown): string {
  if (err instanceof FaultlineError) {
    const { source, field } = err.details;
    if (source === undefined && field !== undefined && /^[a-z][a-zA-Z]*$/.test(field))
      return `${flagOf(field)}: ${err.shortMessage}`;
    return err.message;
  }
  return `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
}

/**
 * The one place that prints errors and sets the exit code: 1 for a failed run, 2 for bad usage (a
 * command-line error or a question asked wrongly). A reader
 * that stops early (`| head`) ends the run quietly.
 */
export async function runMain(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`faultline: ${errorText(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  }
}

await runMain(process.argv);
