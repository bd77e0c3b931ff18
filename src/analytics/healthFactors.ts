import type { EmodeCategory } from '../model/aaveEmode.ts';
import type { LendingAccount, LendingReserve } from '../model/lending.ts';

/** Health-factor buckets, lower bound inclusive. */
export const HF_BUCKETS = [
  { label: '< 1.00', min: -Infinity, max: 1 },
  { label: '1.00–1.05', min: 1, max: 1.05 },
  { label: '1.05–1.10', min: 1.05, max: 1.1 },
  { label: '1.10–1.25', min: 1.1, max: 1.25 },
  { label: '1.25–1.50', min: 1.25, max: 1.5 },
  { label: '1.50–2.00', min: 1.5, max: 2 },
  { label: '≥ 2.00', min: 2, max: Infinity },
] as const;

export type HfBucket = { label: string; accounts: number; debtUsd: number };

export type HealthFactorSummary = {
  accounts: number;
  debtUsd: number;
  collateralUsd: number;
  /** Accounts with debt and no collateral: insolvent as reported. */
  noCollateral: number;
  reported: HfBucket[];
  /** HF after applying e-mode thresholds where the account's debt asset is e-mode eligible. */
  estimated: HfBucket[];
  belowOneReported: number;
  belowOneEstimated: number;
  /** Accounts re-evaluated under e-mode. */
  emodeApplied: number;
};

/**
 * Health-factor distribution of a market's borrowers as reported, and re-estimated with e-mode:
 * an account whose largest debt is in an e-mode category gets HF = collateral × LT_emode / debt
 * (Aave v3 GenericLogic with the category's LT; an upper bound, as it assumes all collateral qualifies).
 */
export function healthFactorSummary(
  accounts: readonly LendingAccount[],
  debtReserve: ReadonlyMap<string, LendingReserve>,
  categories: Readonly<Record<number, EmodeCategory>>,
): HealthFactorSummary {
  let emodeApplied = 0;
  const estimatedHf = accounts.map((a) => {
    const category = categories[debtReserve.get(a.account)?.emodeCategory ?? 0];
    if (!category || a.debtUsd <= 0) return a.healthFactor;
    emodeApplied++;
    return Math.max(a.healthFactor, (a.collateralUsd * category.liquidationThreshold) / a.debtUsd);
  });
  const bucket = (hfs: readonly number[]) =>
    HF_BUCKETS.map((b) => {
      const inside = accounts.filter((_, i) => (hfs[i] as number) >= b.min && (hfs[i] as number) < b.max);
      return { label: b.label, accounts: inside.length, debtUsd: inside.reduce((s, a) => s + a.debtUsd, 0) };
    });
  const reportedHf = accounts.map((a) => a.healthFactor);
  return {
    accounts: accounts.length,
    debtUsd: accounts.reduce((s, a) => s + a.debtUsd, 0),
    collateralUsd: accounts.reduce((s, a) => s + a.collateralUsd, 0),
    noCollateral: accounts.filter((a) => a.collateralUsd === 0 && a.debtUsd > 0).length,
    reported: bucket(reportedHf),
    estimated: bucket(estimatedHf),
    belowOneReported: reportedHf.filter((h) => h < 1).length,
    belowOneEstimated: estimatedHf.filter((h) => h < 1).length,
    emodeApplied,
  };
}
