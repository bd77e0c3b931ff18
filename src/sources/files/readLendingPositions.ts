import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { EMODE_CATEGORIES, type EmodeCategory } from '../../model/aaveEmode.ts';
import type { LendingAccountPosition, PositionBook } from '../../model/lending.ts';
import { formatPath } from '../zodIssue.ts';
import { AAVE_V3_ETHEREUM } from './aaveV3Borrowers.ts';
import { checkFile } from './checkFile.ts';
import { readJsonFile, validateJson } from './readJsonFile.ts';

const asset = z.string().min(1, 'expected an asset symbol');
const amount = z.number().finite().nonnegative('must not be negative');
const price = z.number().finite().positive('a price must be above 0');
const fraction = z.number().finite().gt(0, 'must be above 0').lte(1, 'must not be above 1');

const Collateral = z
  .strictObject({
    asset,
    amount,
    price,
    liquidationThreshold: fraction,
    ltv: z.number().finite().min(0, 'must not be negative').optional(),
    liquidationBonus: z.number().finite().min(1, 'a bonus is a multiplier of at least 1 (1.05 = 5%)'),
    liquidationProtocolFee: z.number().finite().min(0).max(1).default(0),
    emodeCategory: z.number().int().nonnegative().default(0),
    debtCeilingUsd: amount.default(0),
  })
  .superRefine((c, ctx) => {
    if (c.ltv !== undefined && c.liquidationThreshold < c.ltv)
      ctx.addIssue({
        code: 'custom',
        message: `liquidation threshold ${c.liquidationThreshold} is below the LTV ${c.ltv}`,
        path: ['liquidationThreshold'],
      });
  });

const Debt = z.strictObject({ asset, amount, price, borrowableInIsolation: z.boolean().default(true) });

const Account = z.strictObject({
  id: z.string().min(1).optional(),
  emodeCategory: z.number().int().nonnegative().default(0),
  collateral: z.array(Collateral).default([]),
  debt: z.array(Debt).default([]),
});

const Category = z.strictObject({
  label: z.string().default(''),
  ltv: fraction,
  liquidationThreshold: fraction,
  liquidationBonus: z.number().min(1),
});

const BookFile = z.union([
  z.array(z.unknown()),
  z.strictObject({
    emodeCategories: z
      .record(z.string().regex(/^\d+$/, 'an e-mode category id is an integer'), Category)
      .default({}),
    assumptions: z.array(z.string()).default([]),
    accounts: z.array(z.unknown()),
  }),
]);

/** E-mode categories a file that names none refers to: Aave v3 Ethereum's. */
const DEFAULT_CATEGORIES = EMODE_CATEGORIES[AAVE_V3_ETHEREUM] ?? {};

/** Where a holding came from, for messages: a JSON path or a CSV line. */
type Place = (path: readonly PropertyKey[]) => string;

function toAccount(
  raw: unknown,
  index: number,
  categories: Readonly<Record<number, EmodeCategory>>,
  source: string,
  place: Place,
): LendingAccountPosition {
  const id =
    typeof raw === 'object' && raw && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  const fail = (message: string, path: readonly PropertyKey[]): never => {
    const field = [...path].reverse().find((p) => typeof p === 'string');
    throw new ValidationError(`account "${id}": ${message}`, {
      source,
      place: place(path),
      ...(field === undefined ? {} : { field: String(field) }),
    });
  };
  const parsed = Account.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
    return fail(missing ? `missing ${String(path.at(-1))}` : (issue?.message ?? 'invalid'), path);
  }
  const a = parsed.data;
  if (a.emodeCategory !== 0 && !categories[a.emodeCategory])
    fail(
      `unknown e-mode category ${a.emodeCategory} (known: ${Object.keys(categories).join(', ') || 'none'})`,
      ['emodeCategory'],
    );
  const isolated = a.collateral.findIndex((c) => c.debtCeilingUsd > 0);
  if (isolated >= 0 && a.collateral.length > 1)
    fail(
      'an isolated collateral (debtCeilingUsd > 0) cannot be used with other collateral (Aave v3 isolation mode)',
      ['collateral', isolated, 'debtCeilingUsd'],
    );
  return {
    id,
    emodeCategory: a.emodeCategory,
    collateral: a.collateral.map((c) => ({ ...c, ltv: c.ltv ?? c.liquidationThreshold })),
    debt: a.debt,
  };
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

/** CSV rows (one per account and holding) grouped into raw accounts; each holding remembers its line. */
function csvAccounts(text: string, source: string): { raw: unknown[]; lines: Map<unknown, number[][]> } {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const missing = CSV_COLUMNS.slice(0, 5).filter((c) => !header.includes(c));
  if (missing.length)
    throw new ValidationError(`missing column(s) ${missing.join(', ')}`, { source, place: 'line 1' });
  const byId = new Map<
    string,
    { id: string; emodeCategory?: number; collateral: object[]; debt: object[] }
  >();
  const holdingLines = new Map<unknown, number[][]>();
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.split(',').map((c) => c.trim());
    const cell = (name: (typeof CSV_COLUMNS)[number]) => {
      const k = header.indexOf(name);
      return k < 0 ? '' : (cells[k] ?? '');
    };
    const num = (name: (typeof CSV_COLUMNS)[number]) => {
      const v = cell(name);
      return v === '' ? undefined : Number(v);
    };
    const id = cell('account');
    let acct = byId.get(id);
    if (!acct) {
      acct = { id, collateral: [], debt: [] };
      byId.set(id, acct);
      holdingLines.set(acct, [[], []]);
    }
    const emode = num('accountEmodeCategory');
    if (emode !== undefined) acct.emodeCategory = emode;
    const side = cell('side');
    const base = { asset: cell('asset'), amount: num('amount'), price: num('price') };
    const slot = holdingLines.get(acct) as number[][];
    if (side === 'collateral') {
      const extra = Object.fromEntries(
        (
          [
            'liquidationThreshold',
            'ltv',
            'liquidationBonus',
            'liquidationProtocolFee',
            'emodeCategory',
          ] as const
        )
          .map((k) => [k, num(k)])
          .filter(([, v]) => v !== undefined),
      );
      acct.collateral.push({ ...base, ...extra });
      slot[0]?.push(i + 2);
    } else if (side === 'debt') {
      acct.debt.push(base);
      slot[1]?.push(i + 2);
    } else
      throw new ValidationError(`account "${id}": side must be "collateral" or "debt", got "${side}"`, {
        source,
        place: `line ${i + 2}`,
        field: 'side',
      });
  });
  return { raw: [...byId.values()], lines: holdingLines };
}

/**
 * Reads a positions file (README, "Lending positions"): a JSON list of accounts, a JSON object
 * `{emodeCategories, accounts}`, or a CSV with one row per account and holding. E-mode categories
 * default to Aave v3 Ethereum's. Negative amounts, a zero or missing price, a threshold above 1 or below
 * the LTV, an unknown e-mode category and an empty file are refused, naming the account and field.
 */
export function readLendingPositions(file: string): PositionBook {
  checkFile(file);
  if (file.toLowerCase().endsWith('.csv')) {
    const { raw, lines } = csvAccounts(readFileSync(file, 'utf8'), file);
    if (raw.length === 0)
      throw new ValidationError('no positions: the file has no account rows', { source: file });
    const accounts = raw.map((r, i) =>
      toAccount(r, i, DEFAULT_CATEGORIES, file, (path) => {
        const [side, j] = path;
        const line = lines.get(r)?.[side === 'collateral' ? 0 : 1]?.[Number(j)];
        return line === undefined ? `account ${i + 1}` : `line ${line}`;
      }),
    );
    return { accounts, emodeCategories: DEFAULT_CATEGORIES, assumptions: [], findings: [] };
  }
  return parseLendingPositions(readJsonFile(file, z.unknown()), file);
}

/** A positions book from parsed JSON (a request body): a list of accounts or `{emodeCategories, accounts}`. */
export function parseLendingPositions(json: unknown, source: string): PositionBook {
  const data = validateJson(json, BookFile, source);
  const list = Array.isArray(data) ? data : data.accounts;
  const categories: Record<number, EmodeCategory> = { ...DEFAULT_CATEGORIES };
  if (!Array.isArray(data))
    for (const [id, c] of Object.entries(data.emodeCategories)) categories[Number(id)] = c;
  if (list.length === 0) throw new ValidationError('no positions: the list of accounts is empty', { source });
  const prefix = Array.isArray(data) ? '' : 'accounts';
  const accounts = list.map((raw, i) =>
    toAccount(raw, i, categories, source, (path) => formatPath([...(prefix ? [prefix] : []), i, ...path])),
  );
  const ids = new Set<string>();
  accounts.forEach((a, i) => {
    if (ids.has(a.id))
      throw new ValidationError(`account "${a.id}" appears twice`, {
        source: source,
        place: `[${i}]`,
        field: 'id',
      });
    ids.add(a.id);
  });
  return {
    accounts,
    emodeCategories: categories,
    assumptions: Array.isArray(data) ? [] : data.assumptions,
    findings: [],
  };
}

/** Reads a single position (the `lending position` file: one account object) as a one-account book. */
export function readLendingPosition(file: string): PositionBook {
  return parseLendingPosition(readJsonFile(file, z.unknown()), file);
}

/** A single position from parsed JSON (a request body), as a one-account book. */
export function parseLendingPosition(json: unknown, source: string): PositionBook {
  const raw = validateJson(json, z.record(z.string(), z.unknown()), source);
  return {
    accounts: [
      toAccount(
        { id: 'position', ...raw },
        0,
        DEFAULT_CATEGORIES,
        source,
        (path) => formatPath(path) || '(root)',
      ),
    ],
    emodeCategories: DEFAULT_CATEGORIES,
    assumptions: [],
    findings: [],
  };
}
