import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { TimeChart } from '../../components/TimeChart.tsx';
import { daySeconds, pct, usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';

const FROM = '2023-01-01';

type Row = { day: string; published: number | null; stored: number | null };

/** The document's two daily series side by side: DefiLlama's published total and the stored protocols' sum. */
function byDay(doc: Documents['/api/v1/tvl']): Row[] {
  const rows = new Map<string, Row>();
  for (const [day, v] of doc.published ?? []) rows.set(day, { day, published: v, stored: null });
  for (const [day, v] of doc.points)
    rows.set(day, { day, published: rows.get(day)?.published ?? null, stored: v });
  return [...rows.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Ethereum's TVL as `faultline tvl --chain ethereum` answers it: the headline, what the stored data explains, daily. */
export function EthereumTvl() {
  const tvl = useDocument('/api/v1/tvl', { chain: 'ethereum', from: FROM });
  const rows = useMemo(() => (tvl.data ? byDay(tvl.data) : []), [tvl.data]);
  const x = useMemo(() => rows.map((r) => daySeconds(r.day)), [rows]);
  const lines = useMemo(
    () => [
      { label: "DefiLlama's published total", color: '#3366cc', values: rows.map((r) => r.published) },
      { label: 'stored protocols (explained part)', color: '#dc7c00', values: rows.map((r) => r.stored) },
    ],
    [rows],
  );
  if (tvl.error) return <p role="alert">Could not load Ethereum's TVL: {tvl.error}</p>;
  if (!tvl.data) return <p aria-busy="true">Loading Ethereum's TVL…</p>;
  const { headline, coverage } = tvl.data;
  return (
    <section aria-labelledby="ethereum-title">
      <h3 id="ethereum-title">Ethereum</h3>
      {headline ? (
        <p class="headline-line" id="ethereum-tvl-line">
          <strong id="ethereum-tvl">{usd(headline.usd)}</strong> Ethereum TVL on{' '}
          <time id="ethereum-tvl-day">{headline.day}</time>: {headline.note}.
          {coverage ? (
            <>
              {' '}
              The stored protocols explain {usd(coverage.explainedUsd)} of {usd(coverage.publishedUsd)} (
              {pct(coverage.share)}) on {coverage.day}.
            </>
          ) : null}
        </p>
      ) : (
        <p class="headline-line">No Ethereum TVL figure in the store.</p>
      )}
      <Provenance meta={tvl.data} />
      <Figure
        title="Ethereum TVL, daily (USD)"
        note="DefiLlama's published chain total beside the sum of the stored protocols under its default chain rule (MODELS §1): the gap is what the store does not hold. Days are UTC."
        numbers={
          <DataTable
            caption="Ethereum TVL by day (USD), last 120 days"
            rows={rows.slice(-120)}
            columns={[
              { label: 'day', value: (r) => r.day },
              {
                label: 'published total',
                value: (r) => r.published,
                show: (r) => usd(r.published),
                numeric: true,
              },
              {
                label: 'stored protocols',
                value: (r) => r.stored,
                show: (r) => usd(r.stored),
                numeric: true,
              },
            ]}
          />
        }
      >
        <TimeChart
          x={x}
          lines={lines}
          format={usd}
          label="Ethereum TVL: published total and stored protocols"
        />
      </Figure>
    </section>
  );
}
