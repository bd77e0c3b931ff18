import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkClaims } from '../analytics/checkClaims.ts';
import { parseClaims } from '../analytics/claims.ts';
import { ConfigError, ValidationError } from '../core/errors.ts';
import { pct } from '../report/format.ts';
import { ensureData } from './ensureData.ts';
import { writeJson, writeTable } from './output.ts';
import { withApp } from './withApp.ts';

/**
 * `faultline check-claims FILE [--json]`: checks an analyst's numeric claims against the store. Exit 0
 * when every claim was checked (whatever the outcome), 2 when the file is malformed.
 */
export function registerCheckClaims(program: Command): void {
  const command = program
    .command('check-claims')
    .description("check an analyst's numeric claims (YAML or JSON) against the store")
    .argument('<file>', 'claims file, e.g. examples/seed-claims.yaml')
    .option('--json', 'print {"results": [...]} as JSON');
  command.action((file: string, options: { json?: boolean }) =>
    withApp(program, async (app) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new ConfigError(`cannot read claims file: ${(err as NodeJS.ErrnoException).code ?? err}`, {
          source: file,
        });
      }
      let claims: ReturnType<typeof parseClaims>;
      try {
        claims = parseClaims(text, file);
      } catch (err) {
        if (err instanceof ValidationError) command.error(`faultline: ${err.message}`, { exitCode: 2 });
        throw err;
      }
      await ensureData(app);
      const results = await checkClaims(claims, (asOf) => app.tvl(asOf));
      if (options.json) {
        writeJson({ results });
        return;
      }
      const show = (v: unknown) =>
        typeof v === 'number' && Math.abs(v) < 1 && v !== 0
          ? pct(v, 2)
          : v === null
            ? ''
            : typeof v === 'number'
              ? v.toLocaleString('en-US', { maximumFractionDigits: 0 })
              : String(v);
      writeTable(
        ['claim', 'status', 'expected', 'actual', 'error', 'basis / reason'],
        results.map((r) => [
          r.id,
          r.status,
          show(r.expected),
          show(r.actual),
          r.error === null ? '' : pct(r.error, 2),
          r.reason,
        ]),
      );
      const count = (s: string) => results.filter((r) => r.status === s).length;
      process.stdout.write(
        `${count('holds')} hold, ${count('differs')} differ, ${count('unknown')} unknown\n`,
      );
    }),
  );
}
