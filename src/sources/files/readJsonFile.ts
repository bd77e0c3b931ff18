import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { formatPath, issueMessage } from '../zodIssue.ts';
import { checkFile } from './checkFile.ts';

/**
 * Reads and validates a JSON file. A syntax error names the line and column; a schema error names the
 * JSON path (`[12].tvl: expected number`).
 */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  checkFile(file);
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const place = Number.isFinite(pos) ? lineColumn(text, pos) : 'end of file';
    throw new ValidationError(`malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, {
      source: file,
      place,
    });
  }
  return validateJson(data, schema, file);
}

/**
 * Validates parsed JSON (a file's contents or a request body) against a schema; an error names the
 * source and the JSON path.
 * @example validateJson(body, NetworkFile, 'request body')
 */
export function validateJson<S extends z.ZodType>(data: unknown, schema: S, source: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? formatPath(issue.path) : '';
    throw new ValidationError(issue ? issueMessage(issue) : 'invalid', { source, place: path || '(root)' });
  }
  return parsed.data;
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `line ${line}, column ${pos - before.lastIndexOf('\n')}`;
}
