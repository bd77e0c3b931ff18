import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { App } from '../app/createApp.ts';
import { ConfigError, UsageError, ValidationError } from '../core/errors.ts';
import { type Format, formatOption } from './options.ts';

/** The claims document of a YAML or JSON file; a file that is neither is a usage error naming it. */
async function readClaimsFile(file: string): Promise<unknown> {
  const { parse: parseYaml } = await import('yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read claims file: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      source: file,
    });
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new UsageError(`not YAML or JSON: ${(err as Error).message.split('\n')[0]}`, { source: file });
  }
}

/**
 * `faultline check-claims FILE`: checks an analyst's numeric claims against the store. Exit 0 when every
 * claim was checked (whatever the outcome), 2 when the file is malformed (naming the claim and field).
 */
export function registerCheckClaims(program: Command): void {
  program
    .command('check-claims')
    .description("check an analyst's numeric claims (YAML or JSON) against the store")
    .argument('<file>', 'claims file, e.g. examples/seed-claims.yaml')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async (file: string, o: { format: Format; json?: boolean }) => {
      const document = await readClaimsFile(file);
      const [{ ask }, { checkClaims }, { checkClaimsView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/checkClaims.ts'),
        import('../report/views/checkClaimsView.ts'),
      ]);
      const answer = (app: App) =>
        checkClaims(app, document as { claims: unknown[] }, file).catch((err) => {
          if (err instanceof ValidationError && err.details.source === file)
            throw new UsageError(err.shortMessage, err.details, { cause: err });
          throw err;
        });
      await ask(program, o.json ? 'json' : o.format, answer, checkClaimsView);
    });
}
