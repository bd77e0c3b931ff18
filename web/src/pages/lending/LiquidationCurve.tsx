import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { pct, usd, usdChange } from '../../format.ts';

type Curve = Documents['/api/v1/lending/curve'];

/**
 * The liquidation curve as the curve document gives it: what each step of the fall adds to the no-move
 * state (USD), drawn and tabled beside the absolute figures, with the slider's move marked.
 */
export function LiquidationCurve({ curve, shock }: { curve: Curve; shock: number }) {
  const { points, baseline, asset } = curve;
  const option = useMemo(
    () => ({
      legend: { bottom: 0 },
      grid: { left: 80, right: 90, top: 30, bottom: 70 },
      xAxis: { type: 'category', data: points.map((p) => pct(p.move, 0)), name: `${asset} move` },
      yAxis: { type: 'value', axisLabel: { formatter: usd } },
      tooltip: { trigger: 'axis' },
      series: [
        {
          name: 'liquidated collateral added',
          type: 'line',
          data: points.map((p) => p.increment.liquidatedCollateralUsd),
          itemStyle: { color: '#3366cc' },
        },
        {
          name: 'bad debt added',
          type: 'line',
          data: points.map((p) => p.increment.badDebtUsd),
          itemStyle: { color: '#c62828' },
          markLine: {
            symbol: 'none',
            data: [{ xAxis: pct(-Math.round(shock / 5) * 0.05, 0) }],
            lineStyle: { color: '#555555' },
          },
        },
      ],
    }),
    [points, asset, shock],
  );
  return (
    <Figure
      title={`What a ${asset} fall adds to the no-move state`}
      note={`USD, Aave v${curve.version} rules, ${curve.accounts} accounts; each point is the increment over the book at no move (bad debt ${usd(baseline.badDebtUsd)}, liquidated collateral ${usd(baseline.liquidatedCollateralUsd)}).`}
      numbers={
        <>
          <DataTable
            id="curve-table"
            caption={`Liquidations and bad debt as ${asset} falls (USD)`}
            rows={points}
            columns={[
              { label: `${asset} move`, value: (p) => p.move, show: (p) => pct(p.move, 0), numeric: true },
              {
                label: 'bad debt added',
                value: (p) => p.increment.badDebtUsd,
                show: (p) => usdChange(p.increment.badDebtUsd),
                numeric: true,
              },
              {
                label: 'bad debt',
                value: (p) => p.badDebtUsd,
                show: (p) => usd(p.badDebtUsd),
                numeric: true,
              },
              {
                label: 'liquidated collateral added',
                value: (p) => p.increment.liquidatedCollateralUsd,
                show: (p) => usdChange(p.increment.liquidatedCollateralUsd),
                numeric: true,
              },
              {
                label: 'liquidated collateral',
                value: (p) => p.liquidatedCollateralUsd,
                show: (p) => usd(p.liquidatedCollateralUsd),
                numeric: true,
              },
              {
                label: 'liquidatable debt added',
                value: (p) => p.increment.liquidatableDebtUsd,
                show: (p) => usdChange(p.increment.liquidatableDebtUsd),
                numeric: true,
              },
            ]}
          />
          <Provenance meta={curve} />
        </>
      }
    >
      <EChart option={option} label={`Liquidated collateral and bad debt added as ${asset} falls`} />
    </Figure>
  );
}
