import { ValidationError } from '../../core/errors.ts';
import type { Flag } from './dataset.ts';
import { splitCsvLine } from './splitCsvLine.ts';

/** A column of the DefiLlama yields-page export and what it must hold. */
type Kind = 'text' | 'text?' | 'free' | 'number' | 'number?' | 'outlook' | 'confidence';

/** The export's columns, in file order (gabr1234iel/OptiFi research/yields.csv, a DefiLlama yields-page export). */
const COLUMNS: readonly (readonly [name: string, kind: Kind])[] = [
  ['Pool', 'text'],
  ['Project', 'text'],
  ['Chain', 'text'],
  ['TVL', 'number'],
  ['APY', 'number'],
  ['APY Base', 'number?'],
  ['APY Reward', 'number?'],
  ['Change 1d', 'number?'],
  ['Change 7d', 'number?'],
  ['Outlook', 'outlook'],
  ['Confidence', 'confidence'],
  ['Category', 'text?'],
  ['IL 7d', 'number?'],
  ['APY Base 7d', 'number?'],
  ['APY Net 7d', 'number?'],
  ['APY Mean 30d', 'number?'],
  ['Volume 1d', 'number?'],
  ['Volume 7d', 'number?'],
  ['APY Base Inception', 'number?'],
  ['APY Including LSD APY', 'number?'],
  ['APY Base Including LSD APY', 'number?'],
  ['APY Base Borrow', 'number?'],
  ['APY Reward Borrow', 'number?'],
  ['APY Borrow', 'number?'],
  ['Total Supply USD', 'number?'],
  ['Total Borrow USD', 'number?'],
  ['Total Available USD', 'number?'],
  ['Pool Meta', 'free'],
];

/** One pool of the export, by column name (empty fields are null), with the line it came from. */
export type YieldsExportRow = { line: number; fields: Readonly<Record<string, string | null>> };

/** What the parser returns: the rows it kept (some repaired), and a flag for every row it changed or left out. */
export type YieldsExport = { rows: YieldsExportRow[]; flags: Flag[]; dataLines: number };

const isNumber = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));

function fits(kind: Kind, value: string): boolean {
  switch (kind) {
    case 'text':
      return value.trim() !== '' && !isNumber(value);
    case 'text?':
      return value === '' || !isNumber(value);
    case 'free':
      return true;
    case 'number':
      return isNumber(value);
    case 'number?':
      return value === '' || isNumber(value);
    case 'outlook':
      return ['', 'Down', 'Stable/Up', 'Up'].includes(value);
    case 'confidence':
      return ['', '1', '2', '3'].includes(value);
  }
}

const fitsAll = (fields: readonly string[]) => COLUMNS.every(([, kind], i) => fits(kind, fields[i] ?? ''));

/** The ways to join `extra` surplus fields back into one field, as whole rows. */
function merges(fields: readonly string[], extra: number): { at: number; row: string[] }[] {
  const out: { at: number; row: string[] }[] = [];
  for (let at = 0; at + extra < fields.length; at++) {
    const joined = fields.slice(at, at + extra + 1).join(',');
    out.push({ at, row: [...fields.slice(0, at), joined, ...fields.slice(at + extra + 1)] });
  }
  return out;
}

/**
 * Parses the DefiLlama yields-page export. The file quotes nothing, so a comma inside a field (a pool
 * symbol such as `WSOL-ZERO, BRO`, or a `Pool Meta` such as `Stake X, Earn Y`) shifts the row by one
 * field. Such a row is repaired only when exactly one way of joining the surplus fields gives a row
 * whose every field is of its column's kind (and, among several, only one names a project and chain
 * seen in the well-formed rows); it is flagged with its line either way, and left out when no single
 * repair exists. Columns are never silently shifted.
 */
export function parseYieldsExport(text: string, file: string): YieldsExport {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = splitCsvLine(lines[0] ?? '');
  const expected = COLUMNS.map(([name]) => name);
  if (!header || header.join(',') !== expected.join(',')) {
    throw new ValidationError(`unexpected header (expected ${expected.join(', ')})`, {
      source: file,
      place: 'line 1',
    });
  }
  const flags: Flag[] = [];
  const parsed = lines.slice(1).map((l, i) => ({ line: i + 2, fields: splitCsvLine(l) }));
  const wellFormed = parsed.filter(
    (p): p is { line: number; fields: string[] } =>
      p.fields !== null && p.fields.length === COLUMNS.length && fitsAll(p.fields),
  );
  const known = new Set(wellFormed.map((p) => `${p.fields[1]}\u0000${p.fields[2]}`));
  const rows: YieldsExportRow[] = [];
  const keep = (line: number, fields: readonly string[]) =>
    rows.push({
      line,
      fields: Object.fromEntries(
        COLUMNS.map(([name], i) => [name, fields[i] === '' ? null : (fields[i] ?? null)]),
      ),
    });
  const apart = (line: number, reason: string, raw: string) =>
    flags.push({
      kind: 'malformed-row-kept-apart',
      excluded: true,
      subject: `line ${line}`,
      message: `${reason}; the row is left out: ${raw.slice(0, 160)}`,
      file,
    });
  for (const { line, fields } of parsed) {
    const raw = lines[line - 1] ?? '';
    if (fields === null) {
      apart(line, 'an unclosed quote', raw);
    } else if (fields.length === COLUMNS.length) {
      if (fitsAll(fields)) keep(line, fields);
      else apart(line, `a field does not fit its column (${firstMisfit(fields)})`, raw);
    } else if (fields.length < COLUMNS.length) {
      apart(line, `${fields.length} fields where the header has ${COLUMNS.length}`, raw);
    } else {
      const fitting = merges(fields, fields.length - COLUMNS.length).filter((m) => fitsAll(m.row));
      const named = fitting.filter((m) => known.has(`${m.row[1]}\u0000${m.row[2]}`));
      const chosen = fitting.length === 1 ? fitting : named;
      const only = chosen.length === 1 ? chosen[0] : undefined;
      if (!only) {
        apart(
          line,
          `${fields.length} fields where the header has ${COLUMNS.length}, and ${fitting.length === 0 ? 'no' : 'more than one'} way to join them fits every column`,
          raw,
        );
        continue;
      }
      const column = COLUMNS[only.at]?.[0] as string;
      keep(line, only.row);
      flags.push({
        kind: 'repaired-unquoted-comma',
        excluded: false,
        subject: `line ${line}`,
        message: `an unquoted comma in "${column}" made ${fields.length} fields; joined back into one: "${only.row[only.at]}"`,
        file,
      });
    }
  }
  return { rows, flags, dataLines: parsed.length };
}

function firstMisfit(fields: readonly string[]): string {
  const i = COLUMNS.findIndex(([, kind], j) => !fits(kind, fields[j] ?? ''));
  const [name, kind] = COLUMNS[i] as readonly [string, Kind];
  return `"${name}" expects ${kind.replace('?', ' or empty')}, got "${fields[i]}"`;
}
