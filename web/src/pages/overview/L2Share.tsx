import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { TimeChart } from '../../components/TimeChart.tsx';
import { daySeconds, pct, usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';

type Month = Extract<Documents['/api/v1/layers'], { parent: 'Ethereum' }>['months'][number];

/** A month's figure on the line it belongs to: every L2 known (a value) or only some (a lower bound). */
const split = (months: Month[], value: (m: Month) => number | null) => ({
  exact: months.map((m) => (m.partial ? null : value(m))),
  bound: months.map((m) => (m.partial ? value(m) : null)),
});

const sharePct = (v: number) => pct(v, 0);

/** Σ L2 value, or null in a month where no L2 is known (nothing to sum, not zero). */
const l2Value = (m: Month) => (m.l2s.length > 0 ? m.l2Usd : null);

/**
 * Ethereum L1 and its L2s by month and the L2 share, as `/api/v1/layers` gives them: months where only
 * some L2s are known are a lower bound, drawn dashed on their own line, so a change of coverage shows
 * as a break, never as a move.
 */
export function L2Share() {
  const layers = useDocument('/api/v1/layers', { from: '2021-01-01' });
  const doc = layers.data?.parent === 'Ethereum' ? layers.data : null;
  const months = useMemo(() => doc?.months ?? [], [doc]);
  const x = useMemo(() => months.map((m) => daySeconds(`${m.month}-01`)), [months]);
  const value = useMemo(() => {
    const l2 = split(months, l2Value);
    return [
      { label: 'Ethereum L1', color: '#3366cc', values: months.map((m) => m.ethereumUsd) },
      { label: 'L2s (all tracked known)', color: '#dc7c00', values: l2.exact },
      { label: 'L2s (only some known: at least)', color: '#dc7c00', values: l2.bound, dashed: true },
    ];
  }, [months]);
  const share = useMemo(() => {
    const s = split(months, (m) => m.share);
    return [
      { label: 'L2 share (all tracked known)', color: '#dc7c00', values: s.exact },
      { label: 'L2 share (only some known: at least)', color: '#dc7c00', values: s.bound, dashed: true },
    ];
  }, [months]);
  if (layers.error) return <p role="alert">Could not load the L2 share: {layers.error}</p>;
  if (!doc) return <p aria-busy="true">Loading the L2 share…</p>;
  const { exact, lowerBound } = doc.share;
  return (
    <section aria-labelledby="l2-title">
      <h3 id="l2-title">Ethereum's L2s</h3>
      <p class="headline-line" id="l2-share-line">
        {exact ? (
          <>
            <strong id="l2-share-exact">{pct(exact.share)}</strong> L2 share of Ethereum's value at{' '}
            {exact.month}, with all {exact.l2s} tracked L2s known
          </>
        ) : (
          'No month has every tracked L2 known'
        )}
        {lowerBound ? (
          <>
            ; <strong id="l2-share-bound">≥ {pct(lowerBound.share)}</strong> at {lowerBound.month}, where only{' '}
            {lowerBound.l2s} L2s are known (a lower bound, not a move)
          </>
        ) : null}
        .
      </p>
      <Provenance meta={doc} />
      <Figure
        title="Ethereum L1 and its L2s by month (USD)"
        note="DefiLlama's published chain totals. A dashed line: only some L2s are known that month, so the L2 value is at least that much."
        numbers={
          <DataTable
            caption="Ethereum L1 and its L2s by month (USD)"
            rows={months}
            columns={[
              { label: 'month', value: (m) => m.month },
              {
                label: 'Ethereum L1',
                value: (m) => m.ethereumUsd,
                show: (m) => usd(m.ethereumUsd),
                numeric: true,
              },
              { label: 'L2s', value: l2Value, show: (m) => usd(l2Value(m)), numeric: true },
              { label: 'L2s known', value: (m) => m.l2s.length, numeric: true },
            ]}
          />
        }
      >
        <TimeChart x={x} lines={value} format={usd} label="Ethereum L1 and its L2s by month" />
      </Figure>
      <Figure
        title="L2 share of Ethereum's value by month"
        note="Σ L2 / (Ethereum L1 + Σ L2) at each month (MODELS §2). Dashed: a lower bound where only some L2s are known; the line breaks where coverage changes."
        numbers={
          <DataTable
            caption="L2 share by month"
            rows={months}
            columns={[
              { label: 'month', value: (m) => m.month },
              {
                label: 'L2 share',
                value: (m) => m.share,
                show: (m) => (m.share !== null && m.partial ? `≥ ${pct(m.share)}` : pct(m.share)),
                numeric: true,
              },
              {
                label: 'coverage',
                value: (m) =>
                  m.l2s.length === 0
                    ? 'no L2 known'
                    : m.partial
                      ? `only ${m.l2s.length} L2${m.l2s.length === 1 ? '' : 's'} known: a lower bound`
                      : 'all tracked L2s known',
              },
            ]}
          />
        }
      >
        <TimeChart
          x={x}
          lines={share}
          format={sharePct}
          label="L2 share of Ethereum's value by month, lower bounds dashed"
          height={200}
        />
      </Figure>
    </section>
  );
}
