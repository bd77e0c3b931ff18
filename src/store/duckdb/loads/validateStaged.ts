import type { Day } from '../../../core/day.ts';
import { ValidationError } from '../../../core/errors.ts';
import type { RowFlag } from '../../loadTx.ts';
import { GENESIS_DAY, impossibleDay, impossibleDayFlag, negativeTvlFlag, todayUtc } from '../../rowRules.ts';
import type { SqlTx } from '../session.ts';
import { type FieldKind, invalidPredicate, KIND_LABEL } from './fieldChecks.ts';

/** What a staged load runs in: the store's own SQL, and `flagRow` for each row it keeps out. */
export type StageTx = SqlTx & { flagRow(flag: RowFlag): void };

/** The columns that say what a staged row is about and which day it is, for the flags of its row rules. */
export type RowRuleKeys = { subject?: string; day?: string };

/**
 * Checks a staged table: the expected columns exist, at least one row, and every field is of its kind
 * (else a ValidationError naming file, line or row, field and value). Then the row rules
 * (`rowRules.ts`): a row dated after today or before the genesis block, or with a negative `tvl` field,
 * is flagged through `tx.flagRow` and deleted from the stage, so it is kept out of the store. Returns
 * the rows read. `rowColumn` holds the row's position in the source (line or row number).
 */
export async function validateStaged(
  tx: StageTx,
  file: string,
  stage: string,
  fields: Record<string, FieldKind>,
  rowColumn: string,
  keys: RowRuleKeys = {},
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
  const placeOf = (at: number) => (rowColumn === 'line' ? `line ${at}` : `row ${at}`);
  for (const [field, kind] of Object.entries(fields)) {
    const [bad] = await tx.rows<{ at: number; value: string | null }>(
      `SELECT ${rowColumn}::DOUBLE AS at, "${field}"::VARCHAR AS value FROM ${stage}
       WHERE ${invalidPredicate(field, kind)} ORDER BY ${rowColumn} LIMIT 1`,
    );
    if (bad) {
      const got = bad.value === null ? 'empty' : JSON.stringify(bad.value);
      throw new ValidationError(`expected ${KIND_LABEL[kind]}, got ${got}`, {
        source: file,
        place: placeOf(bad.at),
        field,
      });
    }
  }
  await applyRowRules(tx, file, stage, fields, rowColumn, keys, placeOf);
  return count.n;
}

async function applyRowRules(
  tx: StageTx,
  file: string,
  stage: string,
  fields: Record<string, FieldKind>,
  rowColumn: string,
  keys: RowRuleKeys,
  placeOf: (at: number) => string,
): Promise<void> {
  const today = todayUtc();
  const subject = keys.subject ? `"${keys.subject}"::VARCHAR` : `''`;
  const dayKind = keys.day ? fields[keys.day] : undefined;
  const rowDay = keys.day && dayKind ? stagedDaySql(keys.day, dayKind) : null;
  for (const [field, kind] of Object.entries(fields)) {
    const day = stagedDaySql(field, kind);
    if (day) {
      const floor = kind === 'month' ? `date_trunc('month', DATE '${GENESIS_DAY}')` : `DATE '${GENESIS_DAY}'`;
      const where = `${day} > DATE '${today}' OR ${day} < ${floor}`;
      const rows = await tx.rows<{ at: number; subject: string; day: string }>(
        `SELECT ${rowColumn}::DOUBLE AS at, ${subject} AS subject, strftime(${day}, '%Y-%m-%d') AS day
         FROM ${stage} WHERE ${where} ORDER BY ${rowColumn}`,
      );
      for (const r of rows) {
        const reason = impossibleDay(r.day, today) ?? `${r.day} is out of range`;
        tx.flagRow(
          impossibleDayFlag(
            { file, place: placeOf(r.at), field, subject: r.subject, day: r.day as Day },
            reason,
          ),
        );
      }
      if (rows.length > 0) await tx.run(`DELETE FROM ${stage} WHERE ${where}`);
    }
    if (kind === 'tvl') {
      const where = `TRY_CAST("${field}" AS DOUBLE) < 0`;
      const rows = await tx.rows<{ at: number; subject: string; day: string | null; usd: number }>(
        `SELECT ${rowColumn}::DOUBLE AS at, ${subject} AS subject,
           ${rowDay ? `strftime(${rowDay}, '%Y-%m-%d')` : 'NULL'} AS day, TRY_CAST("${field}" AS DOUBLE) AS usd
         FROM ${stage} WHERE ${where} ORDER BY ${rowColumn}`,
      );
      for (const r of rows)
        tx.flagRow(
          negativeTvlFlag({
            file,
            place: placeOf(r.at),
            field,
            subject: r.subject,
            day: r.day as Day | null,
            usd: r.usd,
          }),
        );
      if (rows.length > 0) await tx.run(`DELETE FROM ${stage} WHERE ${where}`);
    }
  }
}

/**
 * SQL for the first day a staged date field stands for (a month: its first day), or null for a field
 * that is no date. The field has passed its kind check, so the casts succeed.
 */
function stagedDaySql(col: string, kind: FieldKind): string | null {
  const c = `"${col}"`;
  switch (kind) {
    case 'day':
      return `TRY_CAST(${c} AS DATE)`;
    case 'month':
      return `TRY_CAST(${c} || '-01' AS DATE)`;
    case 'timestamp':
      return `TRY_CAST(${c} AS TIMESTAMP)::DATE`;
    case 'unixSeconds':
      return `make_timestamp(TRY_CAST(${c} AS BIGINT) * 1000000)::DATE`;
    default:
      return null;
  }
}
