import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Computations, postComputation } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';

type Stress = Computations['/api/v1/lending/stress']['result'];

/** Lending stress on the stored Aave v3 top-1,000: sliders for an ETH fall and an LST depeg, and the curve. */
export function Lending() {
  const curve = useDocument('/api/v1/lending/curve', { asset: 'WETH', to: -0.6, steps: 12 });
  const [shock, setShock] = useState(20);
  const [depeg, setDepeg] = useState(0);
  const [stress, setStress] = useState<Stress | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      postComputation('/api/v1/lending/stress', {
        shocks: { WETH: -shock / 100 },
        ...(depeg > 0 ? { depegs: { weETH: depeg / 100, wstETH: depeg / 100 } } : {}),
      })
        .then((s) => {
          setStress(s);
          setError(null);
        })
        .catch((err: Error) => setError(err.message));
    }, 200);
    return () => clearTimeout(timer);
  }, [shock, depeg]);
  const option = useMemo(() => {
    const points = curve.data?.points ?? [];
    const labels = points.map((p) => pct(p.move, 0));
    return {
      legend: { bottom: 0 },
      grid: { left: 80, right: 90, top: 30, bottom: 70 },
      xAxis: { type: 'category', data: labels, name: 'WETH move' },
      yAxis: { type: 'value', axisLabel: { formatter: usd } },
      tooltip: { trigger: 'axis' },
      series: [
        {
          name: 'liquidated collateral',
          type: 'line',
          data: points.map((p) => p.liquidatedCollateralUsd),
          itemStyle: { color: '#3366cc' },
        },
        {
          name: 'bad debt',
          type: 'line',
          data: points.map((p) => p.badDebtUsd),
          itemStyle: { color: '#c62828' },
          markLine: {
            symbol: 'none',
            data: [{ xAxis: pct(-Math.round(shock / 5) * 0.05, 0) }],
            lineStyle: { color: '#555555' },
          },
        },
      ],
    };
  }, [curve.data, shock]);
  return (
    <section aria-labelledby="lending-title">
      <h2 id="lending-title">Lending stress: Aave v3 Ethereum, top 1,000 borrowers</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          WETH falls by <output id="shock-value">{shock}%</output>
          <input
            id="shock"
            type="range"
            min={0}
            max={60}
            step={5}
            value={shock}
            onInput={(e) => setShock(Number(e.currentTarget.value))}
            aria-valuetext={`${shock}% fall`}
          />
        </label>
        <label>
          weETH and wstETH depeg by <output>{depeg}%</output>
          <input
            type="range"
            min={0}
            max={20}
            step={1}
            value={depeg}
            onInput={(e) => setDepeg(Number(e.currentTarget.value))}
          />
        </label>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {stress ? (
        <ul class="headline" id="stress-figures" aria-live="polite">
          <li>
            <strong>{usd(stress.liquidatableDebtUsd)}</strong> debt liquidatable in{' '}
            {stress.liquidatableAccounts} accounts
          </li>
          <li>
            <strong>{usd(stress.liquidatedCollateralUsd)}</strong> collateral liquidated in {stress.rounds}{' '}
            round(s)
          </li>
          <li>
            <strong>{usd(stress.insolvencyUsd)}</strong> insolvency
          </li>
          <li>
            <strong>{usd(stress.badDebtUsd)}</strong> bad debt
          </li>
        </ul>
      ) : (
        <p aria-busy="true">Computing…</p>
      )}
      {curve.data ? (
        <Figure
          title="Liquidations and bad debt as WETH falls"
          note={`USD, Aave v3.3 rules, ${curve.data.accounts} accounts; ${curve.data.assumptions.join(' ')}`}
          numbers={
            <DataTable
              caption="Liquidation and bad-debt curve (USD)"
              rows={curve.data.points}
              columns={[
                { label: 'WETH move', value: (p) => p.move, show: (p) => pct(p.move, 0), numeric: true },
                {
                  label: 'liquidatable debt',
                  value: (p) => p.liquidatableDebtUsd,
                  show: (p) => usd(p.liquidatableDebtUsd),
                  numeric: true,
                },
                {
                  label: 'liquidated collateral',
                  value: (p) => p.liquidatedCollateralUsd,
                  show: (p) => usd(p.liquidatedCollateralUsd),
                  numeric: true,
                },
                {
                  label: 'bad debt',
                  value: (p) => p.badDebtUsd,
                  show: (p) => usd(p.badDebtUsd),
                  numeric: true,
                },
              ]}
            />
          }
        >
          <EChart option={option} label="Liquidated collateral and bad debt as WETH falls" />
        </Figure>
      ) : null}
    </section>
  );
}
