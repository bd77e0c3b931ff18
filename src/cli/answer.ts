import { Option } from 'commander';
import { serializeDocument } from '../app/serializeDocument.ts';
import { renderCsv } from '../report/render/renderCsv.ts';
import { renderViewsMarkdown } from '../report/render/renderViewsMarkdown.ts';
import { renderViewsText } from '../report/render/renderViewsText.ts';
import type { View } from '../report/view.ts';

/** How an answer is printed: a table for people, the document, its main table as CSV, or Markdown. */
export type Format = 'text' | 'json' | 'csv' | 'md';

/** The `--format` option every analytics command takes (`formats` narrows it where one makes no sense). */
export function formatOption(formats: readonly Format[] = ['text', 'json', 'csv', 'md']): Option {
  return new Option('--format <format>', 'output format').choices(formats).default('text');
}

/**
 * Prints a use-case document: `json` is the document itself, byte for byte what the API sends; the
 * other formats render the question's view of it.
 */
export function writeAnswer<D>(document: D, format: Format, view: (d: D) => View | View[]): void {
  if (format === 'json') {
    process.stdout.write(`${serializeDocument(document)}\n`);
    return;
  }
  const made = view(document);
  const views = Array.isArray(made) ? made : [made];
  if (format === 'csv') process.stdout.write(renderCsv(views[0] as View));
  else if (format === 'md') process.stdout.write(renderViewsMarkdown(views));
  else
    process.stdout.write(
      renderViewsText(views, { color: Boolean(process.stdout.isTTY), headings: views.length > 1 }),
    );
}
