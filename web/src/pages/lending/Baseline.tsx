import type { Documents } from '../../api.ts';
import { usd } from '../../format.ts';

type Doc = Pick<Documents['/api/v1/lending/curve'], 'baseline' | 'findings'>;

/**
 * The book at no move (0%), as the document's `baseline` gives it (USD): what is already short, already
 * liquidatable and already bad debt before any price changes, and why (the findings kept in the baseline).
 * Every stress and VaR figure on the page is an increment over this state.
 */
export function Baseline({ doc }: { doc: Doc }) {
  const b = doc.baseline;
  const why = doc.findings.filter((f) => f.treatment === 'in-baseline');
  return (
    <section aria-labelledby="baseline-title" id="lending-baseline">
      <h3 id="baseline-title">At no move (0%): what the book already holds</h3>
      <ul class="headline">
        <li>
          <strong id="baseline-bad-debt">{usd(b.badDebtUsd)}</strong>{' '}
          <span id="baseline-bad-debt-label">bad debt at no move (baseline, USD)</span>
        </li>
        <li>
          <strong id="baseline-insolvency">{usd(b.insolvencyUsd)}</strong> already short at no move (debt
          above collateral, USD) in {b.insolventAccounts} accounts
        </li>
        <li>
          <strong>{usd(b.liquidatableDebtUsd)}</strong> debt already liquidatable (health factor below 1, USD)
          in {b.liquidatableAccounts} accounts
        </li>
        <li>
          <strong>{usd(b.liquidatedCollateralUsd)}</strong> collateral a cascade liquidates at no move (USD,{' '}
          {b.liquidations} liquidations)
        </li>
      </ul>
      <p id="baseline-why">
        Why:{' '}
        {why.length > 0
          ? why.map((f) => f.message).join('; ')
          : 'no account owes more than its collateral before any move'}
        . Every stress and VaR figure below is what a move adds to this state.
      </p>
    </section>
  );
}
