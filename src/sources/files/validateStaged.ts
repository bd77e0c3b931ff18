import { ValidationError } from '../../core/errors.ts';
import type { LoadTx } from '../../store/store.ts';
import { type FieldKind, invalidPredicate, KIND_LABEL } from './fieldChecks.ts';

/**
 * Checks a staged table: the expected columns exist, at least one row, and every field is of its kind.
 * Returns the row count. `rowColumn` holds the row's position in the source (line or row number).
 */
export async function validateStaged(
  tx: LoadTx,
  file: string,
  stage: string,
  fields: Record<string, FieldKind>,
  rowColumn: string,
): Promise<number> {
  const present = new Set(
    (await tx.rows<{ column_name: string }>(`DESCRIBE ${stage}`)).map((r) => r.column_name),
  );
  const missing = Object.keys(fields).filter((f) => !present.has(f));
  if (missing.length > 0) {
    const found = [...present].filter((c) => c !== rowColumn).join(', ');
    throw new ValidationError(`missing column(s) ${missing.join(', ')} (found: ${found})`, { source: file });
  }
  const [count] = await tx.rows<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${stage}`);
  if (!count || count.n === 0) throw new ValidationError('no data rows', { source: file });
  for (const [field, kind] of Object.entries(fields)) {
    const [bad] = await tx.rows<{ at: number; value: string | null }>(
      `SELECT ${rowColumn}::DOUBLE AS at, "${field}"::VARCHAR AS value FROM ${stage}
       WHERE ${invalidPredicate(field, kind)} ORDER BY ${rowColumn} LIMIT 1`,
    );
    if (bad) {
      const got = bad.value === null ? 'empty' : `"${bad.value}"`;
      const place = rowColumn === 'line' ? `line ${bad.at}` : `row ${bad.at}`;
      throw new ValidationError(`expected ${KIND_LABEL[kind]}, got ${got}`, { source: file, place, field });
    }
  }
  return count.n;
}
