import type { LendingCurveResult } from '../../app/lending/lendingCurve.ts';
import type { BookSource } from '../../app/lending/lendingSchemas.ts';
import type { LendingStressResult } from '../../app/lending/lendingStress.ts';
import type { LendingVarResult } from '../../app/lending/lendingVar.ts';
import { usd } from '../format.ts';
import { column, type View } from '../view.ts';

/** What a book is, in a line: its size, origin and day. */
function bookLine(book: BookSource, accounts: number): string {
  const day = book.day ? ` (${book.day})` : '';
  return `book: ${accounts.toLocaleString('en-US')} accounts, ${book.description}${day}`;
}

/** The notes every book answer carries: unpriced reserves, findings, assumptions. */
function bookNotes(d: {
  book: BookSource;
  findings: { message: string }[];
  assumptions: string[];
}): string[] {
  return [
    ...d.book.flaggedPrices.map((f) => `oracle: ${f.asset}: ${f.problem}`),
    ...d.findings.map((f) => `data quality: ${f.message}`),
    ...d.assumptions.map((a) => `assumption: ${a}`),
  ];
}

const USD_FIGURES = [
  ['liquidatable debt', 'liquidatableDebtUsd'],
  ['insolvency', 'insolvencyUsd'],
  ['liquidated collateral', 'liquidatedCollateralUsd'],
  ['bad debt', 'badDebtUsd'],
] as const;
const COUNTS = [
  ['liquidatable accounts', 'liquidatableAccounts'],
  ['insolvent accounts', 'insolventAccounts'],
  ['liquidations', 'liquidations'],
] as const;

/**
 * A stress run: what the scenario adds (the figures to lead with) beside the state after it and the
 * no-move baseline; each asset's part; what stayed liquidatable and why; the book's findings.
 */
export function lendingStressView(d: LendingStressResult): View {
  const blocked = Object.entries(d.blockedDebtUsd).filter(([, v]) => v > 0);
  const figures = (unit: 'usd' | 'count', rows: readonly (readonly [string, keyof typeof d.baseline])[]) => ({
    columns: [
      column('figure', 'text'),
      column('added by the scenario', unit, 'increment'),
      column('after the scenario', unit, 'after'),
      column('no move (baseline)', unit, 'baseline'),
    ],
    rows: rows.map(([label, key]) => [label, d.increment[key], d[key], d.baseline[key]]),
  });
  return {
    id: 'lending-stress',
    title: `Stress: ${d.scenario} (Aave v${d.version} rules)`,
    lines: [
      bookLine(d.book, d.accounts),
      `the scenario adds ${usd(d.increment.badDebtUsd)} of bad debt and ${usd(d.increment.liquidatedCollateralUsd)} of liquidations over ${d.rounds} round(s)`,
      ...(d.baseline.insolvencyUsd > 0
        ? [`already short before any move (the input, not the market): ${usd(d.baseline.insolvencyUsd)}`]
        : []),
    ],
    tables: [
      figures('usd', USD_FIGURES),
      figures('count', COUNTS),
      {
        columns: [
          column('asset', 'text'),
          column('price move', 'fraction', 'price_change', 2),
          column('from liquidations', 'fraction', 'liquidation_impact', 2),
          column('oracle move', 'fraction', 'oracle_price_change', 2),
          column('liquidated', 'usd', 'liquidated_collateral_usd'),
          column('debt repaid', 'usd', 'debt_repaid_usd'),
          column('bad debt', 'usd', 'bad_debt_usd'),
        ],
        rows: d.perAsset
          .filter((a) => a.priceChange !== 0 || a.liquidatedAmount > 0 || a.badDebtUsd > 0)
          .map((a) => [
            a.asset,
            a.priceChange,
            a.liquidationImpact,
            a.oraclePriceChange,
            a.liquidatedCollateralUsd,
            a.debtRepaidUsd,
            a.badDebtUsd,
          ]),
      },
    ],
    notes: [
      ...(blocked.length
        ? [`still liquidatable but blocked: ${blocked.map(([k, v]) => `${k} ${usd(v)}`).join(', ')}`]
        : []),
      ...Object.entries(d.follows).map(([a, f]) => `${a} follows ${f.asset} (beta ${f.beta})`),
      ...bookNotes(d),
    ],
  };
}

/** VaR and LaR as increments over the no-move state, the baseline beside them, and the volatilities used. */
export function lendingVarView(d: LendingVarResult): View {
  return {
    id: 'lending-var',
    title: `One-day VaR and LaR over ${d.paths.toLocaleString('en-US')} paths (seed ${d.seed}, Aave v${d.version} rules)`,
    lines: [
      bookLine(d.book, d.accounts),
      `VaR 95%: ${usd(d.var95)} of insolvency a day adds; LaR 95%: ${usd(d.lar95)} of collateral liquidated beyond the no-move state`,
      `no move: ${usd(d.baseline.insolvencyUsd)} already short, ${usd(d.baseline.liquidatableDebtUsd)} of debt already liquidatable`,
    ],
    tables: [
      {
        columns: [column('measure', 'text'), column('USD', 'usd', 'usd')],
        rows: [
          ['VaR 95% (insolvency added)', d.var95],
          ['LaR 95% (liquidations added)', d.lar95],
          ['liquidatable debt added, 95%', d.liquidatableDebt95],
          ['mean insolvency added', d.meanInsolvency],
          ['mean liquidations added', d.meanLiquidated],
          ['worst path, insolvency added', d.worstInsolvency],
          ['no move: insolvency', d.baseline.insolvencyUsd],
          ['no move: liquidatable debt', d.baseline.liquidatableDebtUsd],
          ['no move: liquidations', d.baseline.liquidatedUsd],
        ],
      },
      {
        columns: [column('asset', 'text'), column('daily volatility', 'fraction', 'daily_volatility', 2)],
        rows: Object.entries(d.volatilities).map(([a, v]) => [a, v]),
      },
    ],
    notes: bookNotes(d),
  };
}

/** The liquidation and bad-debt curve as one asset falls, with the no-move state. */
export function lendingCurveView(d: LendingCurveResult): View {
  return {
    id: 'lending-curve',
    title: `${d.asset} falling: liquidations and bad debt (Aave v${d.version} rules)`,
    lines: [
      bookLine(d.book, d.accounts),
      `no move: ${usd(d.baseline.insolvencyUsd)} already short, ${usd(d.baseline.badDebtUsd)} bad debt`,
    ],
    tables: [
      {
        columns: [
          column(`${d.asset} move`, 'fraction', 'move', 0),
          column('liquidatable debt', 'usd', 'liquidatable_debt_usd'),
          column('liquidated collateral', 'usd', 'liquidated_collateral_usd'),
          column('insolvency', 'usd', 'insolvency_usd'),
          column('bad debt', 'usd', 'bad_debt_usd'),
        ],
        rows: d.points.map((p) => [
          p.move,
          p.liquidatableDebtUsd,
          p.liquidatedCollateralUsd,
          p.insolvencyUsd,
          p.badDebtUsd,
        ]),
      },
    ],
    notes: bookNotes(d),
  };
}
