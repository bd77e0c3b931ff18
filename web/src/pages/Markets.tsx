import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Documents, getDocument } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import { Provenance } from '../components/Provenance.tsx';
import { pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';

type Concentration = Documents['/api/v1/concentration']['markets'][number];

/** Categories: concentration bars for one, and HHI across the largest. */
export function Markets() {
  const categories = useDocument('/api/v1/categories');
  const top = useMemo(() => (categories.data?.categories ?? []).slice(0, 16), [categories.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [hhis, setHhis] = useState<Concentration[]>([]);
  const [hhiError, setHhiError] = useState<string | null>(null);
  const category = chosen ?? hhis[0]?.market ?? null;
  const one = useDocument(category ? '/api/v1/concentration' : null, { category: category ?? undefined });
  useEffect(() => {
    if (top.length === 0) return;
    Promise.all(top.map((c) => getDocument('/api/v1/concentration', { category: c.category })))
      .then((docs) => setHhis(docs.flatMap((d) => d.markets)))
      .catch((err: Error) => setHhiError(err.message));
  }, [top]);
  const m = one.data?.markets[0];
  const shown = m ? m.participants.slice(0, 15) : [];
  const error = categories.error ?? hhiError ?? one.error;
  if (error) return <p role="alert">{error}</p>;
  return (
    <section aria-labelledby="markets-title">
      <h2 id="markets-title">How concentrated each market is</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Category{' '}
          <select value={category ?? ''} onChange={(e) => setChosen(e.currentTarget.value)}>
            {hhis.map((h) => (
              <option key={h.market} value={h.market}>
                {h.market} ({h.participants.length})
              </option>
            ))}
          </select>
        </label>
      </form>
      {m && one.data ? (
        <>
          <Provenance meta={one.data} />
          <Figure
            title={`${m.market}: shares of the largest participants`}
            note={
              <>
                As of {m.asOf}: {m.basis}. HHI <strong id="hhi-value">{Math.round(m.hhi)}</strong> ({m.band});
                top-3 share {pct(m.top3Share)}; Nakamoto coefficient {m.nakamoto50} at ½, {m.nakamoto33} at ⅓.
              </>
            }
            numbers={
              <DataTable
                caption={`${m.market}: participants`}
                rows={m.participants}
                columns={[
                  { label: 'participant', value: (p) => p.name },
                  { label: 'value (USD)', value: (p) => p.value, show: (p) => usd(p.value), numeric: true },
                  { label: 'share', value: (p) => p.share, show: (p) => pct(p.share), numeric: true },
                ]}
              />
            }
          >
            <EChart
              label={`Shares of the largest participants in ${m.market}`}
              height={Math.max(200, shown.length * 24)}
              option={{
                grid: { left: 150, right: 30, top: 10, bottom: 30 },
                xAxis: { type: 'value', axisLabel: { formatter: (v: number) => pct(v, 0) } },
                yAxis: { type: 'category', inverse: true, data: shown.map((p) => p.name) },
                series: [{ type: 'bar', data: shown.map((p) => p.share), itemStyle: { color: '#3366cc' } }],
                tooltip: { trigger: 'axis' },
              }}
            />
          </Figure>
        </>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
      {hhis.length > 0 ? (
        <Figure
          title="HHI per category"
          note="Herfindahl–Hirschman index of protocol TVL shares, 0–10,000; above 2,500 is highly concentrated. The largest categories with daily history; each as of its own day (the table says which)."
          numbers={
            <DataTable
              caption="HHI per category"
              rows={hhis}
              sortable
              columns={[
                { label: 'category', value: (h) => h.market },
                { label: 'HHI', value: (h) => Math.round(h.hhi), numeric: true },
                { label: 'band', value: (h) => h.band },
                { label: 'as of', value: (h) => h.asOf },
                {
                  label: 'top-3 share',
                  value: (h) => h.top3Share,
                  show: (h) => pct(h.top3Share),
                  numeric: true,
                },
              ]}
            />
          }
        >
          <EChart
            label="HHI per category"
            option={{
              grid: { left: 150, right: 30, top: 10, bottom: 30 },
              xAxis: { type: 'value', max: 10000 },
              yAxis: { type: 'category', inverse: true, data: hhis.map((h) => h.market) },
              series: [
                {
                  type: 'bar',
                  data: hhis.map((h) => Math.round(h.hhi)),
                  itemStyle: { color: '#dc7c00' },
                  markLine: { symbol: 'none', data: [{ xAxis: 2500 }], lineStyle: { color: '#c62828' } },
                },
              ],
              tooltip: { trigger: 'axis' },
            }}
          />
        </Figure>
      ) : null}
    </section>
  );
}
