import type { BtcStakingRow } from '../store/store.ts';
import { concentration, type MarketConcentration } from './concentration.ts';

/** Wrappers whose BTC is itself staked through another listed protocol (Lombard and Solv stake via Babylon). */
export const BTC_WRAPPERS: ReadonlySet<string> = new Set(['Lombard LBTC', 'SolvBTC LSTs']);

/**
 * Bitcoin-side staking as one market, at the latest month, two ways: every product at face value
 * (wrappers and the protocol they stake through both counted), and de-duplicated by where the BTC is
 * actually staked (wrappers dropped, nothing counted twice). Shares of BTC amounts.
 */
export function btcStakingConcentration(rows: readonly BtcStakingRow[]): MarketConcentration[] {
  const month = rows.reduce<string | null>((m, r) => (m === null || r.month > m ? r.month : m), null);
  if (month === null) return [];
  const latest = rows.filter((r) => r.month === month);
  const sumBy = (keep: (r: BtcStakingRow) => boolean) => {
    const totals = new Map<string, number>();
    for (const r of latest.filter(keep)) totals.set(r.protocol, (totals.get(r.protocol) ?? 0) + r.tvlBtc);
    return [...totals].map(([name, value]) => ({ name, value }));
  };
  const base = { dataset: 'btc-staking/monthly', asOf: month };
  return [
    {
      market: 'Bitcoin staking (face value)',
      basis: 'BTC per product, wrappers counted',
      ...base,
      ...concentration(sumBy(() => true)),
    },
    {
      market: 'Bitcoin staking (de-duplicated)',
      basis: 'BTC by where it is staked',
      ...base,
      ...concentration(sumBy((r) => !BTC_WRAPPERS.has(r.protocol))),
    },
  ];
}
