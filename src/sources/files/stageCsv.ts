import { engineReason } from '../../core/engineReason.ts';
import { ValidationError } from '../../core/errors.ts';
import type { LoadTx } from '../../store/store.ts';
import { checkFile, sqlString } from './checkFile.ts';
import type { FieldKind } from './fieldChecks.ts';
import { validateStaged } from './validateStaged.ts';

/**
 * Loads a comma-separated, double-quoted CSV into a temporary table `stage` (every column as text, plus `line`: the line in the file)
 * and checks every field against its kind. Throws a ValidationError naming the file, line and field.
 * @example await stageCsv(tx, '/data/x.csv', { date: 'day', tvl: 'number' }); then INSERT ... SELECT ... FROM stage
 */
export async function stageCsv(
  tx: LoadTx,
  file: string,
  fields: Record<string, FieldKind>,
  stage = 'stage',
): Promise<number> {
  checkFile(file);
  try {
    await tx.run(
      `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT row_number() OVER () + 1 AS line, *
       FROM read_csv(${sqlString(file)}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true,
         strict_mode = true, null_padding = false)`,
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
  return validateStaged(tx, file, stage, fields, 'line');
}
