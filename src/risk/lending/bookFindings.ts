import type { BookFinding, PositionBook } from '../../model/lending.ts';
import { accountHealth } from './accountHealth.ts';

const usdM = (x: number) => `$${(x / 1e6).toFixed(1)}M`;

/**
 * The book's data-quality findings: those its builder raised, and the accounts whose debt already
 * exceeds their collateral at the book's own prices (before any move). Those stay in the book; their
 * shortfall is the baseline's insolvency, reported as its own line, and stress figures are increments
 * over it.
 * @example bookFindings(book).find((f) => f.kind === 'debt-above-collateral')?.shortfallUsd
 */
export function bookFindings(book: PositionBook): BookFinding[] {
  const under = book.accounts
    .map((a) => ({ id: a.id, h: accountHealth(a, book.emodeCategories) }))
    .filter(({ h }) => h.debtUsd > h.collateralUsd)
    .sort((a, b) => b.h.debtUsd - a.h.debtUsd);
  if (under.length === 0) return [...book.findings];
  const debtUsd = under.reduce((s, { h }) => s + h.debtUsd, 0);
  const collateralUsd = under.reduce((s, { h }) => s + h.collateralUsd, 0);
  const none = under.filter(({ h }) => h.collateralUsd <= 0);
  const noneDebt = none.reduce((s, { h }) => s + h.debtUsd, 0);
  return [
    ...book.findings,
    {
      kind: 'debt-above-collateral',
      treatment: 'in-baseline',
      accounts: under.length,
      noCollateralAccounts: none.length,
      debtUsd,
      collateralUsd,
      shortfallUsd: debtUsd - collateralUsd,
      examples: under.slice(0, 5).map((u) => u.id),
      message:
        `${under.length} accounts owe more than their collateral before any price move ` +
        `(${none.length} of them with no collateral, ${usdM(noneDebt)} of debt): a ${usdM(debtUsd - collateralUsd)} ` +
        'shortfall in the input, not a market loss; it is the baseline every stress figure is measured from',
    },
  ];
}
