import { useMemo, useState } from 'preact/hooks';
import type { Documents } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { ScoreCard } from '../components/ScoreCard.tsx';
import { amount, pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';
import { ProtocolChart } from './protocol/ProtocolChart.tsx';

type Flag = Documents['/api/v1/protocols/:id']['flags'][number];

const UNITS = ['usd', 'eth', 'btc'] as const;

const WHERE = { history: 'its daily history', snapshot: "DefiLlama's protocol list" } as const;

const dated = (f: Flag): f is Flag & { day: string } => f.day !== null;

/**
 * One protocol: its latest TVL and its drawdown as the documents give them (each with its day), TVL
 * over time with the peak and flags marked, its score, and its value by chain.
 */
export function Protocol({ id }: { id: string }) {
  const [unit, setUnit] = useState<(typeof UNITS)[number]>('usd');
  const [query, setQuery] = useState('');
  const detail = useDocument('/api/v1/protocols/:id', {}, { id });
  const resolved = detail.data?.id;
  const series = useDocument('/api/v1/tvl', { protocol: id, denominate: unit });
  const ranked = useDocument(resolved ? '/api/v1/drawdowns' : null, {
    denominate: unit,
    keep: resolved,
    limit: 1,
    minPeak: 0,
  });
  const score = useDocument('/api/v1/score', { protocol: id });
  const found = useDocument(query.length >= 2 ? '/api/v1/protocols' : null, { limit: 10, q: query });
  const row = ranked.data?.rows.find((r) => r.id === resolved) ?? null;
  const view = row?.view ?? null;
  const flags = useMemo(() => (detail.data?.flags ?? []).filter(dated), [detail.data]);
  const error = detail.error ?? series.error ?? ranked.error ?? score.error;
  const d = detail.data;
  return (
    <section aria-labelledby="protocol-title">
      <h2 id="protocol-title">{d ? `${d.name} (${d.category ?? 'no category'})` : id}</h2>
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
      {error ? <p role="alert">{error}</p> : null}
      {d ? (
        <>
          <p class="headline-line" id="latest-line">
            {d.latest ? (
              <>
                Latest TVL <strong>{usd(d.latest.usd)}</strong> on <time>{d.latest.day}</time>, from{' '}
                {WHERE[d.latest.from]}
                {d.latestDay && d.latestDay !== d.latest.day
                  ? ` (the daily history ends ${d.latestDay})`
                  : ''}
                .
              </>
            ) : (
              'No TVL figure stored for this protocol.'
            )}
          </p>
          <Provenance meta={d} />
        </>
      ) : null}
      {ranked.data && resolved ? (
        // The unit the document is in, not the one just chosen: while the next loads, the shown figures
        // keep the label they were computed in.
        <>
          <p class="headline-line" id="drawdown-line">
            {view ? (
              <>
                <strong id="drawdown-value">{pct(view.drawdown)}</strong> below peak in{' '}
                {ranked.data.unit.toUpperCase()}: peak {amount(view.peak, ranked.data.unit)} on {view.peakDay}
                ; latest {amount(view.latest, ranked.data.unit)} on{' '}
                <time id="drawdown-day">{view.latestDay}</time>.
              </>
            ) : (
              `The drawdowns document has no ${ranked.data.unit.toUpperCase()} drawdown for ${d?.name ?? id}${row ? ' (no price in this unit)' : ''}.`
            )}
          </p>
          <Provenance meta={ranked.data} />
        </>
      ) : null}
      {series.data ? (
        <ProtocolChart
          series={series.data}
          view={ranked.data?.unit === series.data.unit ? view : null}
          flags={flags}
        />
      ) : series.loading ? (
        <p aria-busy="true">Loading…</p>
      ) : null}
      {score.data ? <ScoreCard score={score.data} /> : null}
      {d && d.chains.length > 0 ? (
        <Figure
          title={`Value by chain on ${d.latestDay}`}
          note="Core TVL (USD) on the daily history's last day, before the chain rules subtract double counting."
          numbers={
            <DataTable
              caption="Value by chain (USD)"
              rows={d.chains}
              columns={[
                { label: 'chain', value: (c) => c.chain },
                { label: 'USD', value: (c) => c.usd, show: (c) => usd(c.usd), numeric: true },
              ]}
            />
          }
        >
          <EChart
            label={`Value of ${d.name} by chain`}
            height={Math.max(160, d.chains.length * 28)}
            option={{
              grid: { left: 110, right: 30, top: 10, bottom: 30 },
              xAxis: { type: 'value', axisLabel: { formatter: usd } },
              yAxis: { type: 'category', inverse: true, data: d.chains.map((c) => c.chain) },
              series: [{ type: 'bar', data: d.chains.map((c) => c.usd), itemStyle: { color: '#3366cc' } }],
              tooltip: { trigger: 'axis' },
            }}
          />
        </Figure>
      ) : null}
      {d && d.flags.length > 0 ? (
        <DataTable
          caption="Data-quality flags"
          rows={d.flags}
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
