import { type Command, Option } from 'commander';
import { report as buildReport } from '../app/report.ts';
import { FaultlineError } from '../core/errors.ts';
import { renderHtml } from '../report/render/renderHtml.ts';
import { renderJson } from '../report/render/renderJson.ts';
import { renderMarkdown } from '../report/render/renderMarkdown.ts';
import { renderText } from '../report/render/renderText.ts';
import { ensureData } from './ensureData.ts';
import { dayOption } from './options.ts';
import { withApp } from './withApp.ts';

/**
 * `faultline report [--format text|md|json|html] [--as-of DAY]`: imports what changed in the data
 * folder (everything on first run, with progress), then prints the ecosystem report to stdout.
 */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('print the ecosystem report (imports the data folder first if it changed)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'md', 'json', 'html'])
        .default('text'),
    )
    .option('--as-of <day>', 'use only data up to this UTC day (YYYY-MM-DD)')
    .action((options: { format: 'text' | 'md' | 'json' | 'html'; asOf?: string }) =>
      withApp(program, async (app) => {
        const asOf = dayOption(options.asOf, '--as-of');
        const failed = await ensureData(app, false);
        const report = await buildReport(app, asOf);
        const render = {
          text: () => renderText(report, { color: Boolean(process.stdout.isTTY) }),
          md: () => renderMarkdown(report),
          json: () => renderJson(report),
          html: () => renderHtml(report),
        };
        process.stdout.write(render[options.format]());
        if (failed.length > 0)
          throw new FaultlineError(
            `the report omits ${failed.length} dataset(s) that failed to import: ${failed.join(', ')}`,
          );
      }),
    );
}
