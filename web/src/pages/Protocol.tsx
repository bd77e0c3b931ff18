import { useMemo, useState } from 'preact/hooks';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { ScoreCard } from '../components/ScoreCard.tsx';
import { type Marker, TimeChart } from '../components/TimeChart.tsx';
import { amount, daySeconds, pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';

const UNITS = ['usd', 'eth', 'btc'] as const;

/** One protocol: TVL over time with its peak and drawdown marked, flags on the chart, value by chain. */
export function Protocol({ id }: { id: string }) {
  const [unit, setUnit] = useState<(typeof UNITS)[number]>('usd');
  const [query, setQuery] = useState('');
  const detail = useDocument('/api/v1/protocols/:id', {}, { id });
  const series = useDocument('/api/v1/tvl', { protocol: id, denominate: unit });
  const score = useDocument('/api/v1/score', { protocol: id });
  const found = useDocument(query.length >= 2 ? '/api/v1/protocols' : null, { limit: 10, q: query });
  const view = useMemo(() => {
    const points = (series.data?.points ?? []).filter((p): p is [(typeof p)[0], number] => p[1] !== null);
    if (points.length === 0) return null;
    const peak = points.reduce((a, b) => (b[1] > a[1] ? b : a));
    const last = points.at(-1) as [(typeof points)[number][0], number];
    return { points, peak, last, drawdown: peak[1] > 0 ? 1 - last[1] / peak[1] : null };
  }, [series.data]);
  const flags = (detail.data?.flags ?? []).filter((f) => f.day !== null);
  const markers = useMemo<Marker[]>(
    () =>
      view
        ? [
            { x: daySeconds(view.peak[0]), label: `peak ${amount(view.peak[1], unit)}`, color: '#2e8540' },
            ...flags.map((f) => ({ x: daySeconds(f.day as string), label: `⚑ ${f.kind}`, color: '#c62828' })),
          ]
        : [],
    [view, flags, unit],
  );
  const x = useMemo(() => (view ? view.points.map((p) => daySeconds(p[0])) : []), [view]);
  const lines = useMemo(
    () =>
      view
        ? [{ label: `TVL (${unit.toUpperCase()})`, color: '#3366cc', values: view.points.map((p) => p[1]) }]
        : [],
    [view, unit],
  );
  const format = useMemo(() => (v: number) => amount(v, unit), [unit]);
  return (
    <section aria-labelledby="protocol-title">
      <h2 id="protocol-title">
        {detail.data ? `${detail.data.name} (${detail.data.category ?? 'no category'})` : id}
      </h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Find a protocol{' '}
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="name or slug"
          />
        </label>
        {found.data ? (
          <ul class="found">
            {found.data.rows.map((p) => (
              <li key={p.id}>
                <a href={`#/protocol/${p.id}`}>{p.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <fieldset>
          <legend>Unit</legend>
          {UNITS.map((u) => (
            <label key={u}>
              <input type="radio" name="unit" value={u} checked={unit === u} onChange={() => setUnit(u)} />{' '}
              {u.toUpperCase()}
            </label>
          ))}
        </fieldset>
      </form>
      {detail.error || series.error ? <p role="alert">{detail.error ?? series.error}</p> : null}
      {view ? (
        <>
          <p class="headline-line" id="drawdown-line">
            Latest {amount(view.last[1], unit)} on {view.last[0]}; peak {amount(view.peak[1], unit)} on{' '}
            {view.peak[0]}; <strong>{pct(view.drawdown)} below peak</strong> in {unit.toUpperCase()}.
          </p>
          <Figure
            title={`TVL in ${unit.toUpperCase()}`}
            note={`${series.data?.rule ?? ''} Green: the peak. Red ⚑: data-quality flags (${flags.length}).`}
            numbers={
              <DataTable
                caption={`Daily TVL (${unit.toUpperCase()}), last 90 days`}
                rows={view.points.slice(-90)}
                columns={[
                  { label: 'day', value: (p) => p[0] },
                  { label: 'TVL', value: (p) => p[1], show: (p) => amount(p[1], unit), numeric: true },
                ]}
              />
            }
          >
            <TimeChart
              x={x}
              lines={lines}
              markers={markers}
              format={format}
              label={`TVL of ${id} in ${unit}`}
            />
          </Figure>
        </>
      ) : series.loading ? (
        <p aria-busy="true">Loading…</p>
      ) : null}
      {score.data ? <ScoreCard score={score.data} /> : null}
      {detail.data && detail.data.chains.length > 0 ? (
        <Figure
          title={`Value by chain on ${detail.data.latestDay}`}
          note="Core TVL (USD), before the chain rules subtract double counting."
          numbers={
            <DataTable
              caption="Value by chain (USD)"
              rows={detail.data.chains}
              columns={[
                { label: 'chain', value: (c) => c.chain },
                { label: 'USD', value: (c) => c.usd, show: (c) => usd(c.usd), numeric: true },
              ]}
            />
          }
        >
          <EChart
            label={`Value of ${id} by chain`}
            height={Math.max(160, detail.data.chains.length * 28)}
            option={{
              grid: { left: 110, right: 30, top: 10, bottom: 30 },
              xAxis: { type: 'value', axisLabel: { formatter: usd } },
              yAxis: { type: 'category', inverse: true, data: detail.data.chains.map((c) => c.chain) },
              series: [
                { type: 'bar', data: detail.data.chains.map((c) => c.usd), itemStyle: { color: '#3366cc' } },
              ],
              tooltip: { trigger: 'axis' },
            }}
          />
        </Figure>
      ) : null}
      {flags.length > 0 ? (
        <DataTable
          caption="Data-quality flags"
          rows={detail.data?.flags ?? []}
          columns={[
            { label: 'day', value: (f) => f.day },
            { label: 'kind', value: (f) => f.kind },
            { label: 'counted', value: (f) => (f.excluded ? 'no' : 'yes') },
            { label: 'message', value: (f) => f.message },
          ]}
        />
      ) : null}
    </section>
  );
}
