import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { checkClaims } from '../app/checkClaims.ts';
import { ConfigError, UsageError, ValidationError } from '../core/errors.ts';
import { checkClaimsView } from '../report/views/checkClaimsView.ts';
import { formatOption, writeAnswer } from './answer.ts';
import { ensureData } from './ensureData.ts';
import { withApp } from './withApp.ts';

/** The claims document of a YAML or JSON file; a file that is neither is a usage error naming it. */
function readClaimsFile(file: string): unknown {
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
    .action((file: string, o: { format: 'text' | 'json' | 'csv' | 'md'; json?: boolean }) =>
      withApp(program, async (app) => {
        const document = readClaimsFile(file);
        await ensureData(app);
        const result = await checkClaims(app, document as { claims: unknown[] }, file).catch((err) => {
          if (err instanceof ValidationError && err.details.source === file)
            throw new UsageError(err.shortMessage, err.details, { cause: err });
          throw err;
        });
        writeAnswer(result, o.json ? 'json' : o.format, checkClaimsView);
      }),
    );
}
