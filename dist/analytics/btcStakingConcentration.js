// src/analytics/btcStakingConcentration.ts
import { concentration } from "./concentration.js";
var BTC_WRAPPERS = /* @__PURE__ */ new Set(["Lombard LBTC", "SolvBTC LSTs"]);
function btcStakingConcentration(rows) {
  const month = rows.reduce((m, r) => m === null || r.month > m ? r.month : m, null);
  if (month === null) return [];
  const latest = rows.filter((r) => r.month === month);
  const sumBy = (keep) => {
    const totals = /* @__PURE__ */ new Map();
    for (const r of latest.filter(keep)) totals.set(r.protocol, (totals.get(r.protocol) ?? 0) + r.tvlBtc);
    return [...totals].map(([name, value]) => ({ name, value }));
  };
  const base = { dataset: "btc-staking/monthly", asOf: month };
  return [
    {
      market: "Bitcoin staking (face value)",
      basis: "BTC per product, wrappers counted",
      ...base,
      ...concentration(sumBy(() => true))
    },
    {
      market: "Bitcoin staking (de-duplicated)",
      basis: "BTC by where it is staked",
      ...base,
      ...concentration(sumBy((r) => !BTC_WRAPPERS.has(r.protocol)))
    }
  ];
}
export {
  BTC_WRAPPERS,
  btcStakingConcentration
};
