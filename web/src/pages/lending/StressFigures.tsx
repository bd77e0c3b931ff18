import type { Computations } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { countChange, usd, usdChange } from '../../format.ts';

type Stress = Computations['/api/v1/lending/stress']['result'];
type Key = keyof Stress['baseline'];
type Row = { label: string; key: Key; unit: 'USD' | 'accounts' | 'liquidations' };

const ROWS: Row[] = [
  { label: 'bad debt', key: 'badDebtUsd', unit: 'USD' },
  { label: 'insolvency (debt above collateral)', key: 'insolvencyUsd', unit: 'USD' },
  { label: 'liquidated collateral', key: 'liquidatedCollateralUsd', unit: 'USD' },
  { label: 'liquidatable debt', key: 'liquidatableDebtUsd', unit: 'USD' },
  { label: 'liquidatable accounts', key: 'liquidatableAccounts', unit: 'accounts' },
  { label: 'insolvent accounts', key: 'insolventAccounts', unit: 'accounts' },
  { label: 'liquidations', key: 'liquidations', unit: 'liquidations' },
];

const show = (row: Row, x: number) => (row.unit === 'USD' ? usd(x) : String(x));
const change = (row: Row, x: number) => (row.unit === 'USD' ? usdChange(x) : countChange(x));

/**
 * A shock's figures as the stress document gives them: what the move adds (`increment`) led with, beside
 * the no-move `baseline` and the state after the move, each labelled with its unit; then the debt nobody
 * liquidated and why, who followed whom, and the document's day and sources.
 */
export function StressFigures({ stress }: { stress: Stress }) {
  const blocked = stress.blockedDebtUsd;
  const follows = Object.entries(stress.follows).map(([a, f]) => `${a} follows ${f.asset} (β ${f.beta})`);
  return (
    <>
      <ul class="headline" id="stress-increment" aria-live="polite">
        <li>
          <strong id="increment-bad-debt">{usdChange(stress.increment.badDebtUsd)}</strong> bad debt added by{' '}
          {stress.scenario}, over <span id="stress-baseline-bad-debt">{usd(stress.baseline.badDebtUsd)}</span>{' '}
          at no move (USD)
        </li>
        <li>
          <strong>{usdChange(stress.increment.liquidatedCollateralUsd)}</strong> collateral liquidated beyond
          the {usd(stress.baseline.liquidatedCollateralUsd)} at no move, in {stress.rounds} round(s) (USD)
        </li>
      </ul>
      <DataTable
        id="stress-figures"
        caption={`${stress.scenario}: added to the no-move baseline (Aave v${stress.version} rules)`}
        rows={ROWS}
        columns={[
          { label: 'figure', value: (r) => r.label },
          { label: 'unit', value: (r) => r.unit },
          {
            label: 'added by the move',
            value: (r) => stress.increment[r.key],
            show: (r) => change(r, stress.increment[r.key]),
            numeric: true,
          },
          {
            label: 'at no move (baseline)',
            value: (r) => stress.baseline[r.key],
            show: (r) => show(r, stress.baseline[r.key]),
            numeric: true,
          },
          {
            label: 'after the move',
            value: (r) => stress[r.key],
            show: (r) => show(r, stress[r.key]),
            numeric: true,
          },
        ]}
      />
      <p class="note">
        Debt still liquidatable at the end, by why nobody liquidated it (USD): stale oracle{' '}
        {usd(blocked.staleOracle)}, sequencer down {usd(blocked.sequencer)}, no liquidators{' '}
        {usd(blocked.noLiquidators)}, unprofitable {usd(blocked.unprofitable)}.
        {follows.length > 0 ? ` Same-peg assets: ${follows.join('; ')}.` : ''}
      </p>
      <Provenance meta={stress} />
    </>
  );
}
