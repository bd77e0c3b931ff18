import { closeSync, openSync, readSync } from 'node:fs';
import { engineReason } from '../../../core/engineReason.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { FieldKind } from './fieldChecks.ts';
import { sqlString } from './sqlString.ts';
import { type RowRuleKeys, type StageTx, validateStaged } from './validateStaged.ts';

/**
 * Loads a comma-separated, double-quoted CSV into a temporary table `stage` (every column as text, plus
 * `line`: the line in the file), checks every field against its kind and applies the row rules
 * (`validateStaged`). The columns come from the file's header line, so DuckDB reads the file without
 * sniffing it: a row with an extra or a missing field is reported with its line and both counts (a
 * sniffer would only say it could not detect the dialect). Throws a ValidationError naming the file,
 * line and field. Returns the rows read. The file has been checked (present, a file, not empty) by the import.
 * @example await stageCsv(tx, '/data/x.csv', { date: 'day', tvl: 'tvl' }, { subject: 'chain', day: 'date' })
 */
export async function stageCsv(
  tx: StageTx,
  file: string,
  fields: Record<string, FieldKind>,
  keys: RowRuleKeys = {},
  stage = 'stage',
): Promise<number> {
  const header = headerFields(file);
  const columns = `{${header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ')}}`;
  try {
    await tx.run(
      `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT row_number() OVER () + 1 AS line, *
       FROM read_csv(${sqlString(file)}, header = true, auto_detect = false, columns = ${columns}, delim = ',',
         quote = '"', escape = '"', strict_mode = true, null_padding = false)`,
    );
  } catch (err) {
    const text = String((err as Error).message ?? err);
    const line = /Line: (\d+)/.exec(text)?.[1];
    const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
    const reason = counts
      ? `expected ${counts[1]} fields, found ${counts[2]}`
      : engineReason(err).replace(/^CSV Error on Line: \d+$/, 'unreadable row');
    throw new ValidationError(
      `malformed CSV: ${reason}`,
      line ? { source: file, place: `line ${line}` } : { source: file },
      { cause: err },
    );
  }
  return validateStaged(tx, file, stage, fields, 'line', keys);
}

/** The names of the header line (the first line; quoted names unquoted, a UTF-8 byte-order mark dropped). */
function headerFields(file: string): string[] {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(64 * 1024);
  const read = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const text = buffer.toString('utf8', 0, read).replace(/^\uFEFF/, '');
  const end = text.search(/\r?\n/);
  if (end < 0 && read === buffer.length)
    throw new ValidationError('malformed CSV: no header line in the first 64 KiB', {
      source: file,
      place: 'line 1',
    });
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of end < 0 ? text : text.slice(0, end)) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      names.push(field);
      field = '';
    } else field += ch;
  }
  names.push(field);
  const empty = names.findIndex((n) => n.trim() === '');
  if (empty >= 0)
    throw new ValidationError(`malformed CSV: header field ${empty + 1} has no name`, {
      source: file,
      place: 'line 1',
    });
  return names;
}
