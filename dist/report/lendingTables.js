// src/report/lendingTables.ts
import { int, pct, usd } from "./format.js";
function stressTable(results) {
  return {
    head: [
      "Scenario",
      "Liquidatable debt",
      "Insolvency",
      "Liquidated collateral",
      "Bad debt",
      "Insolvent accounts",
      "Blocked debt"
    ],
    rows: results.map((r) => [
      r.scenario,
      `${usd(r.liquidatableDebtUsd)} (${int(r.liquidatableAccounts)} acc.)`,
      usd(r.insolvencyUsd),
      usd(r.liquidatedCollateralUsd),
      usd(r.badDebtUsd),
      int(r.insolventAccounts),
      usd(Object.values(r.blockedDebtUsd).reduce((s, x) => s + x, 0))
    ])
  };
}
function stressLines(r, book) {
  const blocked = Object.entries(r.blockedDebtUsd).filter(([, v]) => v > 0);
  return [
    `Scenario: ${r.scenario} on ${int(book.accounts.length)} accounts (Aave v${r.version} rules)`,
    `  liquidatable right after the shock: ${usd(r.liquidatableDebtUsd)} of debt in ${int(r.liquidatableAccounts)} accounts; insolvency ${usd(r.insolvencyUsd)}`,
    `  cascade: ${int(r.liquidations)} liquidations over ${r.rounds} rounds took ${usd(r.liquidatedCollateralUsd)} of collateral`,
    `  after it: bad debt ${usd(r.badDebtUsd)}, ${int(r.insolventAccounts)} accounts insolvent`,
    ...blocked.length ? [`  still liquidatable but blocked: ${blocked.map(([k, v]) => `${k} ${usd(v)}`).join(", ")}`] : [],
    ...r.perAsset.filter((a) => a.priceChange !== 0 || a.liquidatedAmount > 0 || a.badDebtUsd > 0).map(
      (a) => `  ${a.asset}: price ${pct(a.priceChange)} (liquidations ${pct(a.liquidationImpact)}), oracle ${pct(a.oraclePriceChange)}, liquidated ${usd(a.liquidatedCollateralUsd)}, repaid ${usd(a.debtRepaidUsd)}, bad debt ${usd(a.badDebtUsd)}`
    ),
    ...book.assumptions.map((a) => `  assumption: ${a}`)
  ];
}
var days = (d) => d === null ? "beyond horizon" : `${d} d`;
function windDownLines(name, r, assumptions) {
  return [
    `${name}: withdraw-only, borrowers repaying ${pct(r.repayRatePerDay, 2)} of their debt a day (horizon ${r.horizonDays} d)`,
    ...r.reserves.map(
      (x) => `  ${x.chain} ${x.asset}: supplied ${usd(x.suppliedUsd)}, utilisation ${pct(x.utilization)}, withdrawable now ${usd(x.withdrawableNowUsd)}, stuck ${usd(x.stuckUsd)} at ${pct(x.borrowRateWhenDrained)} a year; half out in ${days(x.daysToHalf)}, 99% in ${days(x.daysTo99)}`
    ),
    ...r.chains.map(
      (c) => `  chain ${c.chain}: stuck ${usd(c.stuckUsd)} of ${usd(c.suppliedUsd)}; 99% out in ${days(c.daysTo99)}`
    ),
    `  redistribution of today's liquidity: ${usd(r.redistribution.poolUsd)} against ${usd(r.redistribution.claimsUsd)} of claims returns ${pct(r.redistribution.recovery)} to each supplier`,
    ...r.redistribution.suppliers.map(
      (s) => `    ${s.supplier}: claim ${usd(s.claimUsd)} \u2192 ${usd(s.returnedUsd)}`
    ),
    ...assumptions.map((a) => `  assumption: ${a}`)
  ];
}
export {
  stressLines,
  stressTable,
  windDownLines
};
