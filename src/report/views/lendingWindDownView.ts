import type { LendingWindDownResult } from '../../app/lending/lendingWindDown.ts';
import { pct, usd } from '../format.ts';
import { column, type View } from '../view.ts';

/**
 * A market switched to withdraw-only: per reserve what can leave now and what is stuck, the rate once
 * drained and how long until it is out; per chain; then the pro-rata redistribution to suppliers.
 */
export function lendingWindDownView(d: LendingWindDownResult): View {
  const r = d.redistribution;
  return {
    id: 'lending-winddown',
    title: `${d.name}: withdraw-only, borrowers repaying ${pct(d.repayRatePerDay, 2)} of their debt a day (horizon ${d.horizonDays} d)`,
    lines: [
      `source: ${d.book.description}${d.book.day ? ` (${d.book.day})` : ''}`,
      `redistribution of today's liquidity: ${usd(r.poolUsd)} against ${usd(r.claimsUsd)} of claims returns ${pct(r.recovery)} to each supplier`,
    ],
    tables: [
      {
        columns: [
          column('chain', 'text'),
          column('asset', 'text'),
          column('supplied', 'usd', 'supplied_usd'),
          column('borrowed', 'usd', 'borrowed_usd'),
          column('utilisation', 'fraction', 'utilization'),
          column('withdrawable now', 'usd', 'withdrawable_now_usd'),
          column('stuck', 'usd', 'stuck_usd'),
          column('borrow rate drained', 'fraction', 'borrow_rate_when_drained'),
          column('days to half out', 'count', 'days_to_half'),
          column('days to 99% out', 'count', 'days_to_99'),
        ],
        rows: d.reserves.map((x) => [
          x.chain,
          x.asset,
          x.suppliedUsd,
          x.borrowedUsd,
          x.utilization,
          x.withdrawableNowUsd,
          x.stuckUsd,
          x.borrowRateWhenDrained,
          x.daysToHalf,
          x.daysTo99,
        ]),
      },
      {
        columns: [
          column('chain', 'text'),
          column('supplied', 'usd', 'supplied_usd'),
          column('withdrawable now', 'usd', 'withdrawable_now_usd'),
          column('stuck', 'usd', 'stuck_usd'),
          column('days to 99% out', 'count', 'days_to_99'),
        ],
        rows: d.chains.map((c) => [c.chain, c.suppliedUsd, c.withdrawableNowUsd, c.stuckUsd, c.daysTo99]),
      },
      {
        columns: [
          column('supplier', 'text'),
          column('claim', 'usd', 'claim_usd'),
          column('returned', 'usd', 'returned_usd'),
        ],
        rows: r.suppliers.slice(0, 20).map((s) => [s.supplier, s.claimUsd, s.returnedUsd]),
      },
    ],
    notes: [
      'days: unknown means beyond the horizon',
      ...(r.suppliers.length > 20 ? [`${r.suppliers.length - 20} more suppliers in --format json`] : []),
      ...d.book.flaggedPrices.map((f) => `oracle: ${f.asset}: ${f.problem}`),
      ...d.assumptions.map((a) => `assumption: ${a}`),
    ],
  };
}
