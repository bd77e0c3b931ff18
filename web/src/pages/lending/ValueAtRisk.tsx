import { Provenance } from '../../components/Provenance.tsx';
import { pct, usd, usdChange } from '../../format.ts';
import { useComputation } from '../../useApi.ts';

/**
 * Gauntlet's one-day VaR 95% and LaR 95% on the same book, as `lending var` answers them: each the
 * increment over the no-move state, shown beside it (USD), with the run's settings, the volatilities
 * used, and the day and source of each input.
 */
export function ValueAtRisk() {
  const risk = useComputation('/api/v1/lending/var', {});
  if (risk.error) return <p role="alert">Could not compute the VaR: {risk.error}</p>;
  if (!risk.data) return <p aria-busy="true">Computing the one-day VaR…</p>;
  const v = risk.data;
  const vols = Object.entries(v.volatilities)
    .filter(([, x]) => x > 0)
    .map(([a, x]) => `${a} ${pct(x, 2)}`)
    .join(', ');
  return (
    <section aria-labelledby="var-title">
      <h3 id="var-title">One-day value at risk (VaR and LaR 95%)</h3>
      <ul class="headline" id="lending-var">
        <li>
          <strong id="var95">{usdChange(v.var95)}</strong> VaR 95%, {v.horizonDays} day: insolvency added over
          the <span id="var-baseline">{usd(v.baseline.insolvencyUsd)}</span> already short at no move (
          {v.unit})
        </li>
        <li>
          <strong id="lar95">{usdChange(v.lar95)}</strong> LaR 95%, {v.horizonDays} day: collateral liquidated
          beyond the <span id="lar-baseline">{usd(v.baseline.liquidatedUsd)}</span> a no-move cascade
          liquidates ({v.unit})
        </li>
      </ul>
      <p class="note">
        {v.paths.toLocaleString('en-US')} simulated paths, seed {v.seed}, Aave v{v.version} rules. Also over
        the no-move state (USD): debt made liquidatable, 95th percentile {usdChange(v.liquidatableDebt95)} (
        {usd(v.baseline.liquidatableDebtUsd)} at no move); insolvency added, mean{' '}
        {usdChange(v.meanInsolvency)}
        and worst {usdChange(v.worstInsolvency)}; collateral liquidated, mean {usdChange(v.meanLiquidated)}.
        Daily volatilities used: {vols || 'none above 0'}.
      </p>
      <Provenance meta={v} />
    </section>
  );
}
