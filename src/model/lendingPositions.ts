import { z } from 'zod';
import { EMODE_CATEGORIES, type EmodeCategory } from './aaveEmode.ts';
import type { LendingAccountPosition, PositionBook } from './lending.ts';

/** E-mode categories a positions file that names none refers to: Aave v3 Ethereum's. */
export const DEFAULT_EMODE_CATEGORIES: Readonly<Record<number, EmodeCategory>> =
  EMODE_CATEGORIES['aave-v3-ethereum'] ?? {};

const asset = z.string().min(1, 'expected an asset symbol');
const amount = z.number().finite().nonnegative('must not be negative');
const price = z.number().finite().positive('a price must be above 0');
const fraction = z.number().finite().gt(0, 'must be above 0').lte(1, 'must not be above 1');

/**
 * One collateral holding of a positions file (README, "Lending positions"): asset units, USD prices,
 * thresholds as fractions, the bonus as a multiplier (1.05 = 5%), the protocol fee as a fraction of the
 * bonus. The LTV defaults to the liquidation threshold, which must not be below it.
 */
export const LendingCollateralInput = z
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
  })
  .transform((c) => ({ ...c, ltv: c.ltv ?? c.liquidationThreshold }));
export type LendingCollateralInput = z.input<typeof LendingCollateralInput>;

/** One debt holding: asset units, USD price, and whether an account in isolation mode may borrow it. */
export const LendingDebtInput = z.strictObject({
  asset,
  amount,
  price,
  borrowableInIsolation: z.boolean().default(true),
});
export type LendingDebtInput = z.input<typeof LendingDebtInput>;

/**
 * One account of a positions file. An isolated collateral (`debtCeilingUsd` > 0) cannot sit beside other
 * collateral (Aave v3 isolation mode).
 */
export const LendingAccountInput = z
  .strictObject({
    id: z.string().min(1).optional(),
    emodeCategory: z.number().int().nonnegative().default(0),
    collateral: z.array(LendingCollateralInput).default([]),
    debt: z.array(LendingDebtInput).default([]),
  })
  .superRefine((a, ctx) => {
    const isolated = a.collateral.findIndex((c) => c.debtCeilingUsd > 0);
    if (isolated >= 0 && a.collateral.length > 1)
      ctx.addIssue({
        code: 'custom',
        message:
          'an isolated collateral (debtCeilingUsd > 0) cannot be used with other collateral (Aave v3 isolation mode)',
        path: ['collateral', isolated, 'debtCeilingUsd'],
      });
  });
export type LendingAccountInput = z.input<typeof LendingAccountInput>;

/** An e-mode category a positions file defines (fractions; the bonus a multiplier). */
export const EmodeCategoryInput = z.strictObject({
  label: z.string().default(''),
  ltv: fraction,
  liquidationThreshold: fraction,
  liquidationBonus: z.number().min(1),
});

type ParsedAccount = z.output<typeof LendingAccountInput>;

/** The checks across accounts (`at(i)`: account i's path; `at(-1)`: the list's): at least one, ids unique, every e-mode category known. */
function checkAccounts(
  accounts: readonly ParsedAccount[],
  categories: Readonly<Record<number, EmodeCategory>>,
  at: (i: number) => PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  if (accounts.length === 0)
    ctx.addIssue({ code: 'custom', message: 'no positions: the list of accounts is empty', path: at(-1) });
  const seen = new Set<string>();
  accounts.forEach((a, i) => {
    if (a.emodeCategory !== 0 && !categories[a.emodeCategory])
      ctx.addIssue({
        code: 'custom',
        message: `unknown e-mode category ${a.emodeCategory} (known: ${Object.keys(categories).join(', ') || 'none'})`,
        path: [...at(i), 'emodeCategory'],
      });
    if (a.id === undefined) return;
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: 'appears twice', path: [...at(i), 'id'] });
    seen.add(a.id);
  });
}

function toBook(
  accounts: readonly ParsedAccount[],
  categories: Readonly<Record<number, EmodeCategory>>,
  assumptions: string[],
): PositionBook {
  return {
    accounts: accounts.map(
      (a, i): LendingAccountPosition => ({
        id: a.id ?? `#${i + 1}`,
        emodeCategory: a.emodeCategory,
        collateral: a.collateral,
        debt: a.debt,
      }),
    ),
    emodeCategories: categories,
    assumptions,
    findings: [],
  };
}

const PositionsList = z
  .array(LendingAccountInput)
  .superRefine((accounts, ctx) =>
    checkAccounts(accounts, DEFAULT_EMODE_CATEGORIES, (i) => (i < 0 ? [] : [i]), ctx),
  )
  .transform((accounts) => toBook(accounts, DEFAULT_EMODE_CATEGORIES, []));

const PositionsObject = z
  .strictObject({
    emodeCategories: z
      .record(z.string().regex(/^\d+$/, 'an e-mode category id is an integer'), EmodeCategoryInput)
      .default({}),
    assumptions: z.array(z.string()).default([]),
    accounts: z.array(LendingAccountInput),
  })
  .transform((f) => ({
    ...f,
    categories: {
      ...DEFAULT_EMODE_CATEGORIES,
      ...Object.fromEntries(Object.entries(f.emodeCategories).map(([id, c]) => [Number(id), c])),
    } as Record<number, EmodeCategory>,
  }))
  .superRefine((f, ctx) =>
    checkAccounts(f.accounts, f.categories, (i) => (i < 0 ? ['accounts'] : ['accounts', i]), ctx),
  )
  .transform((f) => toBook(f.accounts, f.categories, f.assumptions));

/**
 * A positions book (README, "Lending positions"): a list of accounts, or `{emodeCategories, assumptions,
 * accounts}`. E-mode categories default to Aave v3 Ethereum's; an account with no id is `#n` (1-based).
 * Negative amounts, a zero or missing price, a threshold above 1 or below the LTV, an unknown e-mode
 * category, a repeated id and an empty list are refused at their JSON path.
 */
export const LendingPositionsInput = z.union([PositionsList, PositionsObject]);
export type LendingPositionsInput = z.input<typeof LendingPositionsInput>;

/** One account (the `lending position` input: an account object without an id), as a one-account book. */
export const LendingPositionInput = LendingAccountInput.superRefine((a, ctx) =>
  checkAccounts([a], DEFAULT_EMODE_CATEGORIES, () => [], ctx),
).transform((a) => toBook([{ ...a, id: 'position' }], DEFAULT_EMODE_CATEGORIES, []));
export type LendingPositionInput = z.input<typeof LendingPositionInput>;
