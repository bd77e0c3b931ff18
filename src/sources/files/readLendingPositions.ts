import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import type { PositionBook } from '../../model/lending.ts';
import { LendingPositionInput, LendingPositionsInput } from '../../model/lendingPositions.ts';
import { formatPath, issueMessage } from '../zodIssue.ts';
import { checkFile } from './checkFile.ts';
import { readJsonFile } from './readJsonFile.ts';

/** Where an issue's path points in the input, for messages: a JSON path or a CSV line. */
type Place = (path: readonly PropertyKey[]) => string;

/** The id of the account a path points into (`[3]...` or `accounts[3]...`), as the user wrote it or `#n`. */
function accountOf(json: unknown, path: readonly PropertyKey[]): string | null {
  const list = Array.isArray(json) ? json : (json as { accounts?: unknown })?.accounts;
  const index = Array.isArray(json) ? path[0] : path[0] === 'accounts' ? path[1] : undefined;
  if (!Array.isArray(list) || typeof index !== 'number') return null;
  const raw = list[index] as { id?: unknown } | undefined;
  return typeof raw?.id === 'string' ? raw.id : `#${index + 1}`;
}

/** A union's issue as the branch of the input's own shape (a list, or an object) reports it. */
function firstIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const branch = issue.errors.find((e) => !(e[0]?.code === 'invalid_type' && e[0].path.length === 0));
  return branch?.[0] ? firstIssue(branch[0]) : issue;
}

/**
 * Parses positions JSON with a model schema; the first problem is a ValidationError naming the source,
 * the place (JSON path, or CSV line through `place`), the field and the account: `account "alice": must
 * not be negative`, `account "e": missing price`.
 */
function parsePositions<S extends z.ZodType<PositionBook>>(
  schema: S,
  json: unknown,
  source: string,
  place: Place,
  single: string | null,
): PositionBook {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error.issues[0] as z.core.$ZodIssue);
  const path = issue.path;
  const last = path.at(-1);
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const reason = missing ? `missing ${String(last)}` : issueMessage(issue).replace(/^Invalid input: /, '');
  const account = single ?? accountOf(json, path);
  const field = [...path].reverse().find((p) => typeof p === 'string');
  throw new ValidationError(account === null ? reason : `account "${account}": ${reason}`, {
    source,
    place: place(path) || '(root)',
    ...(field === undefined ? {} : { field: String(field) }),
  });
}

const CSV_COLUMNS = [
  'account',
  'side',
  'asset',
  'amount',
  'price',
  'liquidationThreshold',
  'ltv',
  'liquidationBonus',
  'liquidationProtocolFee',
  'emodeCategory',
  'accountEmodeCategory',
] as const;
const COLLATERAL_ONLY = [
  'liquidationThreshold',
  'ltv',
  'liquidationBonus',
  'liquidationProtocolFee',
  'emodeCategory',
] as const;

type RawAccount = { id: string; emodeCategory?: number; collateral: object[]; debt: object[] };

/**
 * CSV rows (one per account and holding) as the JSON list of accounts, with the line of each holding
 * (`lines[i]` = [collateral lines, debt lines] of account i) so problems name their line.
 */
function csvAccounts(text: string, source: string): { accounts: RawAccount[]; lines: number[][][] } {
  const rows = text.split(/\r?\n/);
  const header = (rows[0] ?? '').split(',').map((h) => h.trim());
  const missing = CSV_COLUMNS.slice(0, 5).filter((c) => !header.includes(c));
  if (missing.length)
    throw new ValidationError(`missing column(s) ${missing.join(', ')}`, { source, place: 'line 1' });
  const byId = new Map<string, number>();
  const accounts: RawAccount[] = [];
  const lines: number[][][] = [];
  rows.slice(1).forEach((row, i) => {
    if (!row.trim()) return;
    const line = i + 2;
    const cells = row.split(',').map((c) => c.trim());
    const cell = (name: (typeof CSV_COLUMNS)[number]) => {
      const k = header.indexOf(name);
      return k < 0 ? '' : (cells[k] ?? '');
    };
    const num = (name: (typeof CSV_COLUMNS)[number]) => (cell(name) === '' ? undefined : Number(cell(name)));
    const id = cell('account');
    let k = byId.get(id);
    if (k === undefined) {
      k = accounts.push({ id, collateral: [], debt: [] }) - 1;
      lines.push([[], []]);
      byId.set(id, k);
    }
    const account = accounts[k] as RawAccount;
    const emode = num('accountEmodeCategory');
    if (emode !== undefined) account.emodeCategory = emode;
    const base = { asset: cell('asset'), amount: num('amount'), price: num('price') };
    const side = cell('side');
    if (side === 'collateral') {
      const extra = COLLATERAL_ONLY.map((c) => [c, num(c)]).filter(([, v]) => v !== undefined);
      account.collateral.push({ ...base, ...Object.fromEntries(extra) });
      lines[k]?.[0]?.push(line);
    } else if (side === 'debt') {
      account.debt.push(base);
      lines[k]?.[1]?.push(line);
    } else
      throw new ValidationError(`account "${id}": side must be "collateral" or "debt", got "${side}"`, {
        source,
        place: `line ${line}`,
        field: 'side',
      });
  });
  if (accounts.length === 0)
    throw new ValidationError('no positions: the file has no account rows', { source });
  return { accounts, lines };
}

/**
 * Reads a positions file (README, "Lending positions"): JSON (a list of accounts or `{emodeCategories,
 * accounts}`) or CSV (one row per account and holding), validated by the model's `LendingPositionsInput`;
 * a problem names the file, the JSON path or CSV line, the field and the account.
 * @example readLendingPositions('examples/lending/positions.csv').accounts.length
 */
export function readLendingPositions(file: string): PositionBook {
  if (!file.toLowerCase().endsWith('.csv'))
    return parseLendingPositions(readJsonFile(file, z.unknown()), file);
  checkFile(file);
  const { accounts, lines } = csvAccounts(readFileSync(file, 'utf8'), file);
  const place: Place = ([i, side, j]) => {
    const line = lines[Number(i)]?.[side === 'collateral' ? 0 : 1]?.[Number(j)];
    return line === undefined ? `account ${Number(i) + 1}` : `line ${line}`;
  };
  return parsePositions(LendingPositionsInput, accounts, file, place, null);
}

/** A positions book from parsed JSON (a file's or a request body's), validated as `readLendingPositions` does. */
export function parseLendingPositions(json: unknown, source: string): PositionBook {
  return parsePositions(LendingPositionsInput, json, source, formatPath, null);
}

/** Reads a single position (the `lending position` file: one account object) as a one-account book. */
export function readLendingPosition(file: string): PositionBook {
  return parseLendingPosition(readJsonFile(file, z.unknown()), file);
}

/** A single position from parsed JSON (a file's or a request body's), as a one-account book. */
export function parseLendingPosition(json: unknown, source: string): PositionBook {
  return parsePositions(LendingPositionInput, json, source, formatPath, 'position');
}
