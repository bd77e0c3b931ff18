import type { Command } from 'commander';
import { withAlertOptions } from './alertOptions.ts';
import type { ImportOptions } from './importAction.ts';

/** `faultline import [--rebuild] [--alerts FILE]`: imports every changed dataset, then evaluates alert rules. */
export function registerImport(program: Command): void {
  const command = withAlertOptions(
    program
      .command('import')
      .description(
        'import every dataset of the data folder into the store (only changed files are re-imported)',
      ),
  ).option(
    '--rebuild',
    'move the store file aside (kept, never deleted) and import every dataset into a fresh one: for a damaged store',
  );
  command.action(async (o: ImportOptions) => {
    const { importAction } = await import('./importAction.ts');
    await importAction(program, command, o);
  });
}
