import { serializeDocument } from '../app/serializeDocument.ts';
import { renderCsv } from '../report/render/renderCsv.ts';
import { renderViewsMarkdown } from '../report/render/renderViewsMarkdown.ts';
import { renderViewsText } from '../report/render/renderViewsText.ts';
import type { View } from '../report/view.ts';
import type { Format } from './options.ts';

export type { Format };

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
