import type { Documents } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { Rosette } from '../components/Rosette.tsx';
import { pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';

type Parties = Documents['/api/v1/l2']['systems'][number]['steal'];

const parties = (p: Parties) => (p.status === 'parties' ? String(p.parties) : p.status);

/** L2s and Bitcoin layers in one frame: rosettes, stages, exit windows, a sortable table, value-weighted exposure. */
export function Systems() {
  const l2 = useDocument('/api/v1/l2');
  const btc = useDocument('/api/v1/btc-layers');
  const exposure = useDocument('/api/v1/l2/exposure');
  const error = l2.error ?? btc.error ?? exposure.error;
  if (error) return <p role="alert">{error}</p>;
  if (!l2.data || !btc.data || !exposure.data) return <p aria-busy="true">Loading…</p>;
  const systems = [...l2.data.systems, ...btc.data.layers.filter((b) => b.kind === 'bitcoin-layer')];
  const e = exposure.data;
  return (
    <section aria-labelledby="systems-title">
      <h2 id="systems-title">L2s and Bitcoin layers</h2>
      <Provenance
        meta={l2.data}
        undated="The registry's latest facts (each row says the day they hold from)"
      />
      <DataTable
        id="systems-table"
        caption="Every system under L2BEAT's framework (click a header to sort)"
        sortable
        rows={systems}
        columns={[
          { label: 'system', value: (s) => s.name },
          {
            label: 'rosette',
            value: (s) => s.rosette?.filter((r) => r.sentiment === 'bad').length ?? null,
            show: (s) => (s.rosette ? <Rosette slices={s.rosette} name={s.name} /> : 'none'),
          },
          { label: 'stage (ours)', value: (s) => s.stage ?? 'no stage' },
          { label: 'stage (L2BEAT)', value: (s) => s.l2beatStage ?? '—' },
          { label: 'exit window', value: (s) => s.exitWindow?.value ?? '—' },
          { label: 'can steal', value: (s) => parties(s.steal) },
          { label: 'worst exit', value: (s) => s.exitLatency.text },
          { label: 'facts as of', value: (s) => s.asOf },
          {
            label: 'value',
            value: (s) => s.value?.usd ?? null,
            show: (s) => usd(s.value?.usd),
            numeric: true,
          },
          {
            label: 'value as of',
            value: (s) => (s.value ? `${s.value.asOf} (${s.value.source})` : (s.valueNote ?? 'no value')),
          },
        ]}
      />
      <Figure
        title="Value behind each weakness"
        note={`${usd(e.totalUsd)} on ${e.valued} systems with a value figure, each of its own day (the table above says which)${e.btcPrice ? `; BTC at ${usd(e.btcPrice.usd)} on ${e.btcPrice.day}` : ''}; not valued (never counted as zero): ${e.unvalued.join(', ') || 'none'}.`}
        numbers={
          <DataTable
            caption="Value-weighted exposure"
            rows={e.buckets}
            columns={[
              { label: 'weakness', value: (b) => b.label },
              { label: 'USD', value: (b) => b.usd, show: (b) => usd(b.usd), numeric: true },
              { label: 'share', value: (b) => b.share, show: (b) => pct(b.share), numeric: true },
              { label: 'systems', value: (b) => b.systems.join(', ') },
            ]}
          />
        }
      >
        <EChart
          label="Value behind each weakness (USD)"
          height={260}
          option={{
            grid: { left: 260, right: 30, top: 10, bottom: 30 },
            xAxis: { type: 'value', axisLabel: { formatter: usd } },
            yAxis: { type: 'category', inverse: true, data: e.buckets.map((b) => b.label) },
            series: [{ type: 'bar', data: e.buckets.map((b) => b.usd), itemStyle: { color: '#c62828' } }],
            tooltip: { trigger: 'axis' },
          }}
        />
      </Figure>
    </section>
  );
}
