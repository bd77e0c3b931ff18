import { type Command, Option } from 'commander';

type ReportOptions = {
  format: 'text' | 'md' | 'json' | 'html';
  asOf?: string;
  schemaVersion: '1' | '2';
  fresh?: boolean;
};

/**
 * `faultline report [--format text|md|json|html] [--as-of DAY]`: imports what changed in the data
 * folder (everything on first run, with progress), then prints the ecosystem report to stdout. The
 * report's document is kept beside the store until anything it is computed from changes
 * (`app/answerCache.ts`); `--fresh` computes it again.
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
    .option('--fresh', 'compute the report again even if nothing it reads changed since it was last kept')
    .action(async ({ format, asOf, schemaVersion, fresh = false }: ReportOptions) => {
      const [
        { withApp },
        { ensureData },
        { FaultlineError, UsageError },
        { serializeDocument },
        { keptAnswer },
      ] = await Promise.all([
        import('./withApp.ts'),
        import('./ensureData.ts'),
        import('../core/errors.ts'),
        import('../app/serializeDocument.ts'),
        import('../app/answerCache.ts'),
      ]);
      if (schemaVersion === '1' && format !== 'json')
        throw new UsageError('--schema-version 1 is a JSON document: add --format json', {
          field: 'schemaVersion',
        });
      const parameters = asOf === undefined ? {} : { asOf };
      await withApp(program, async (app) => {
        const failed = await ensureData(app, false);
        const { text } = await keptAnswer(
          app,
          `report/v${schemaVersion}`,
          parameters,
          async () => {
            const { versionedReport } = await import('../app/reportV1/reportV1Answer.ts');
            return serializeDocument(await versionedReport(app, { ...parameters, version: schemaVersion }));
          },
          { fresh },
        );
        process.stdout.write(format === 'json' ? `${text}\n` : await rendered(JSON.parse(text), format));
        if (failed.length > 0)
          throw new FaultlineError(
            `the report omits ${failed.length} dataset(s) that failed to import: ${failed.join(', ')}`,
          );
      });
    });
}

async function rendered(
  doc: import('../app/report.ts').ReportResult,
  format: Exclude<ReportOptions['format'], 'json'>,
): Promise<string> {
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
