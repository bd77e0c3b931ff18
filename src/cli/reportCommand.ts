import { type Command, Option } from 'commander';

type ReportOptions = { format: 'text' | 'md' | 'json' | 'html'; asOf?: string; schemaVersion: '1' | '2' };

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
    .addOption(
      new Option('--schema-version <n>', 'JSON document version (1: the first report form, still served)')
        .choices(['1', '2'])
        .default('2'),
    )
    .action(async ({ format, asOf, schemaVersion }: ReportOptions) => {
      const [{ withApp }, { ensureData }, { FaultlineError, UsageError }, { serializeDocument }] =
        await Promise.all([
          import('./withApp.ts'),
          import('./ensureData.ts'),
          import('../core/errors.ts'),
          import('../app/serializeDocument.ts'),
        ]);
      if (schemaVersion === '1' && format !== 'json')
        throw new UsageError('--schema-version 1 is a JSON document: add --format json', {
          field: 'schemaVersion',
        });
      const parameters = asOf === undefined ? {} : { asOf };
      await withApp(program, async (app) => {
        const failed = await ensureData(app, false);
        if (schemaVersion === '1') {
          const { reportV1 } = await import('../app/reportV1/reportV1Answer.ts');
          process.stdout.write(`${serializeDocument(await reportV1(app, parameters))}\n`);
        } else {
          const { report } = await import('../app/report.ts');
          const doc = await report(app, parameters);
          process.stdout.write(await rendered(doc, format));
        }
        if (failed.length > 0)
          throw new FaultlineError(
            `the report omits ${failed.length} dataset(s) that failed to import: ${failed.join(', ')}`,
          );
      });
    });
}

async function rendered(
  doc: import('../app/report.ts').ReportResult,
  format: ReportOptions['format'],
): Promise<string> {
  if (format === 'json') return `${(await import('../app/serializeDocument.ts')).serializeDocument(doc)}\n`;
  const { reportViews } = await import('../report/views/reportViews.ts');
  const views = reportViews(doc);
  const title = 'Faultline: DeFi ecosystem report';
  if (format === 'html')
    return (await import('../report/render/renderViewsHtml.ts')).renderViewsHtml(views, title);
  if (format === 'md')
    return (await import('../report/render/renderViewsMarkdown.ts')).renderViewsMarkdown(views, title);
  return (await import('../report/render/renderViewsText.ts')).renderViewsText(views, {
    color: Boolean(process.stdout.isTTY),
    headings: true,
    title,
  });
}
