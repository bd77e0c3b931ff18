/** A field's expected kind in a staged file; every check names the first row that breaks it. */
export type FieldKind =
  | 'text'
  | 'text?'
  | 'number'
  | 'number?'
  | 'nonNegative'
  | 'tvl'
  | 'day'
  | 'month'
  | 'timestamp'
  | 'unixSeconds'
  | 'boolean'
  | 'integer';

/** What each kind means, as a user reads it in an error. */
export const KIND_LABEL: Record<FieldKind, string> = {
  text: 'a non-empty text without control characters',
  'text?': 'a text without control characters',
  number: 'a finite number',
  'number?': 'a finite number or empty',
  nonNegative: 'a number ≥ 0',
  tvl: 'a finite number (USD)',
  day: 'a day YYYY-MM-DD',
  month: 'a month YYYY-MM',
  timestamp: 'a timestamp YYYY-MM-DD HH:MM:SS',
  unixSeconds: 'unix seconds',
  boolean: 'true or false',
  integer: 'a whole number',
};

/** SQL: TRUE when `c` (a text, or a list of texts as written) holds a control character (NUL, BEL, ESC, DEL, ...). */
const hasControl = (c: string) => `regexp_matches(${c}::VARCHAR, '[\\x00-\\x1f\\x7f]')`;

/**
 * SQL predicate that is TRUE when `col` (a VARCHAR) is NOT of the kind. Portable SQL apart from
 * TRY_CAST, isfinite and regexp_matches, which a Postgres store would spell with its own functions.
 * A date's range (after today, before genesis) and a TVL's sign are row rules (`rowRules.ts`), not kinds.
 */
export function invalidPredicate(col: string, kind: FieldKind): string {
  const c = `"${col}"`;
  const num = `TRY_CAST(${c} AS DOUBLE)`;
  switch (kind) {
    case 'text':
      return `${c} IS NULL OR trim(${c}) = '' OR ${hasControl(c)}`;
    case 'text?':
      return `coalesce(${hasControl(c)}, FALSE)`;
    case 'number':
    case 'tvl':
      return `${num} IS NULL OR NOT isfinite(${num})`;
    case 'number?':
      return `${c} IS NOT NULL AND trim(${c}::VARCHAR) <> '' AND (${num} IS NULL OR NOT isfinite(${num}))`;
    case 'nonNegative':
      return `${num} IS NULL OR NOT isfinite(${num}) OR ${num} < 0`;
    case 'day':
      return `NOT regexp_full_match(coalesce(${c}, ''), '\\d{4}-\\d{2}-\\d{2}') OR TRY_CAST(${c} AS DATE) IS NULL`;
    case 'month':
      return `NOT regexp_full_match(coalesce(${c}, ''), '\\d{4}-(0[1-9]|1[0-2])')`;
    case 'timestamp':
      return `TRY_CAST(${c} AS TIMESTAMP) IS NULL`;
    case 'unixSeconds':
      return `TRY_CAST(${c} AS BIGINT) IS NULL OR TRY_CAST(${c} AS BIGINT) NOT BETWEEN 946684800 AND 4102444800`;
    case 'boolean':
      return `lower(coalesce(${c}, '')) NOT IN ('true', 'false')`;
    case 'integer':
      return `TRY_CAST(${c} AS BIGINT) IS NULL`;
  }
}
