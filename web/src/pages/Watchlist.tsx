import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { useDocument } from '../useApi.ts';

/** Every protocol scoring below the watch threshold, worst first, with the facts that drive each score. */
export function Watchlist() {
  const w = useDocument('/api/v1/watchlist');
  if (w.error) return <p role="alert">{w.error}</p>;
  if (!w.data) return <p aria-busy="true">Loading…</p>;
  const { entries, threshold, asOf } = w.data;
  const top = entries.slice(0, 20);
  return (
    <section aria-labelledby="watchlist-title">
      <h2 id="watchlist-title">Watchlist</h2>
      <p>
        {entries.length} protocols score below {threshold}/100 on {asOf}, each from data known that day. The
        weights were chosen by the backtest on 2021–2023 and judged on the rest (
        <code>faultline backtest</code>).
      </p>
      <Provenance meta={w.data} />
      <Figure
        title="The lowest scores"
        note="0–100, higher is healthier; the twenty lowest."
        numbers={
          <DataTable
            caption="Lowest scores"
            rows={top}
            columns={[
              { label: 'protocol', value: (e) => e.subject },
              { label: 'score', value: (e) => e.score, show: (e) => e.score.toFixed(1), numeric: true },
            ]}
          />
        }
      >
        <EChart
          label="The lowest sustainability scores"
          height={Math.max(200, top.length * 24)}
          option={{
            grid: { left: 170, right: 30, top: 10, bottom: 30 },
            xAxis: { type: 'value', max: 100 },
            yAxis: { type: 'category', inverse: true, data: top.map((e) => e.subject) },
            series: [
              {
                type: 'bar',
                data: top.map((e) => Number(e.score.toFixed(1))),
                itemStyle: { color: '#c62828' },
                markLine: { symbol: 'none', data: [{ xAxis: threshold }], lineStyle: { color: '#555555' } },
              },
            ],
            tooltip: { trigger: 'axis' },
          }}
        />
      </Figure>
      <DataTable
        id="watchlist-table"
        caption="Watchlist (click a header to sort)"
        sortable
        rows={entries}
        columns={[
          {
            label: 'protocol',
            value: (e) => e.subject,
            show: (e) => <a href={`#/protocol/${e.id}`}>{e.subject}</a>,
          },
          { label: 'category', value: (e) => e.category },
          { label: 'score', value: (e) => e.score, show: (e) => e.score.toFixed(1), numeric: true },
          { label: 'band', value: (e) => e.band },
          { label: 'why', value: (e) => e.drivers },
        ]}
      />
    </section>
  );
}
