import { engineReason } from '../../../core/engineReason.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { FieldKind } from './fieldChecks.ts';
import { sqlString } from './sqlString.ts';
import { type StageTx, validateStaged } from './validateStaged.ts';

/**
 * Loads the named columns of a parquet file into a temporary table `stage` (plus `row`, 1-based), after
 * checking the file's physical column types, then checks every field against its kind.
 * @example await stageParquet(tx, f, { time: ['VARCHAR', 'timestamp'], amount: ['DOUBLE', 'number'] })
 */
export async function stageParquet(
  tx: StageTx,
  file: string,
  columns: Record<string, readonly [physical: string, kind: FieldKind]>,
  stage = 'stage',
): Promise<number> {
  const source = `read_parquet(${sqlString(file)}, file_row_number = true)`;
  let schema: { column_name: string; column_type: string }[];
  try {
    schema = await tx.rows(`DESCRIBE SELECT * FROM ${source}`);
  } catch (err) {
    throw new ValidationError(
      `not a readable parquet file: ${engineReason(err)}`,
      { source: file },
      { cause: err },
    );
  }
  const types = new Map(schema.map((c) => [c.column_name, c.column_type]));
  for (const [name, [physical]] of Object.entries(columns)) {
    const actual = types.get(name);
    if (actual === undefined)
      throw new ValidationError(`missing column ${name}`, { source: file, field: name });
    if (actual !== physical) {
      throw new ValidationError(`wrong column type: expected ${physical}, got ${actual}`, {
        source: file,
        field: name,
      });
    }
  }
  const list = Object.keys(columns)
    .map((c) => `"${c}"`)
    .join(', ');
  try {
    await tx.run(
      `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT file_row_number + 1 AS row, ${list} FROM ${source}`,
    );
  } catch (err) {
    throw new ValidationError(`corrupt parquet data: ${engineReason(err)}`, { source: file }, { cause: err });
  }
  const kinds = Object.fromEntries(Object.entries(columns).map(([name, [, kind]]) => [name, kind]));
  return validateStaged(tx, file, stage, kinds, 'row');
}
