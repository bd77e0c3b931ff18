import { useMemo } from 'preact/hooks';
import type { Documents } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Figure } from '../components/Figure.tsx';
import { TimeChart } from '../components/TimeChart.tsx';
import { daySeconds, pct, usd } from '../format.ts';
import { useDocument } from '../useApi.ts';

type Row = { day: string; l1: number | null; l2: number | null; btc: number | null; share: number | null };

const FROM = '2023-01-01';

/** Value on Ethereum L1, its L2s and Bitcoin-side systems, stacked over time, and the L2 share. */
export function Overview() {
  const l1 = useDocument('/api/v1/tvl', { chain: 'ethereum', from: FROM });
  const l2 = useDocument('/api/v1/tvl', { layer: 'L2', from: FROM });
  const btc = useDocument('/api/v1/tvl', { layer: 'btc-layer', from: FROM });
  const rows = useMemo<Row[]>(() => {
    if (!l1.data || !l2.data || !btc.data) return [];
    const of = (s: Documents['/api/v1/tvl']) => new Map(s.points.map(([d, v]) => [d, v]));
    const [a, b, c] = [of(l1.data), of(l2.data), of(btc.data)];
    return l1.data.points.map(([day]) => {
      const x = a.get(day) ?? null;
      const y = b.get(day) ?? null;
      return {
        day,
        l1: x,
        l2: y,
        btc: c.get(day) ?? null,
        share: x !== null && y !== null ? y / (x + y) : null,
      };
    });
  }, [l1.data, l2.data, btc.data]);
  const error = l1.error ?? l2.error ?? btc.error;
  if (error) return <p role="alert">Could not load the overview: {error}</p>;
  if (rows.length === 0) return <p aria-busy="true">Loading the overview…</p>;
  const last = rows.at(-1) as Row;
  const x = rows.map((r) => daySeconds(r.day));
  const stack = [
    { label: 'Ethereum L1', color: '#3366cc', values: rows.map((r) => r.l1), fill: true },
    {
      label: '+ Ethereum L2s',
      color: '#dc7c00',
      values: rows.map((r) => (r.l1 ?? 0) + (r.l2 ?? 0)),
      fill: true,
    },
    {
      label: '+ Bitcoin layers',
      color: '#2e8540',
      values: rows.map((r) => (r.l1 ?? 0) + (r.l2 ?? 0) + (r.btc ?? 0)),
      fill: true,
    },
  ].reverse();
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Where the value sits</h2>
      <ul class="headline">
        <li>
          <strong>{usd(last.l1)}</strong> on Ethereum L1 <span class="asof">as of {last.day}</span>
        </li>
        <li>
          <strong>{usd(last.l2)}</strong> on its L2s <span class="asof">as of {last.day}</span>
        </li>
        <li>
          <strong>{pct(last.share)}</strong> L2 share of Ethereum's value{' '}
          <span class="asof">as of {last.day}</span>
        </li>
        <li>
          <strong>{usd(last.btc)}</strong> on Bitcoin layers <span class="asof">as of {last.day}</span>
        </li>
      </ul>
      <Figure
        title="Ethereum L1, its L2s and Bitcoin layers, stacked (USD)"
        note="DefiLlama's default chain rule (MODELS §1); each band adds to the one below (the legend lists the top band first). Daily, UTC."
        numbers={
          <DataTable
            caption="Daily value by layer (USD)"
            rows={rows.slice(-120)}
            columns={[
              { label: 'day', value: (r) => r.day },
              { label: 'Ethereum L1', value: (r) => r.l1, show: (r) => usd(r.l1), numeric: true },
              { label: 'Ethereum L2s', value: (r) => r.l2, show: (r) => usd(r.l2), numeric: true },
              { label: 'Bitcoin layers', value: (r) => r.btc, show: (r) => usd(r.btc), numeric: true },
            ]}
          />
        }
      >
        <TimeChart
          x={x}
          lines={stack}
          format={usd}
          label="Stacked value on Ethereum L1, L2s and Bitcoin layers"
        />
      </Figure>
      <Figure
        title="L2 share of Ethereum's value"
        note="Σ L2 / (Ethereum L1 + Σ L2), daily."
        numbers={
          <DataTable
            caption="L2 share by day"
            rows={rows.slice(-120)}
            columns={[
              { label: 'day', value: (r) => r.day },
              { label: 'L2 share', value: (r) => r.share, show: (r) => pct(r.share), numeric: true },
            ]}
          />
        }
      >
        <TimeChart
          x={x}
          lines={[{ label: 'L2 share', color: '#dc7c00', values: rows.map((r) => r.share) }]}
          format={(v) => pct(v, 0)}
          label="L2 share of Ethereum's value over time"
          height={200}
        />
      </Figure>
    </section>
  );
}
