import { useMemo } from 'preact/hooks';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { TimeChart } from '../../components/TimeChart.tsx';
import { amount, daySeconds, pct } from '../../format.ts';
import { useDocument } from '../../useApi.ts';

const btc = (v: number | null) => amount(v, 'btc');

/** Bitcoin-side value in BTC as `/api/v1/layers?parent=Bitcoin` gives it: layers' BTC locked, and BTC staked by month. */
export function BitcoinValue() {
  const layers = useDocument('/api/v1/layers', { parent: 'Bitcoin' });
  const doc = layers.data?.parent === 'Bitcoin' ? layers.data : null;
  const months = useMemo(() => doc?.months ?? [], [doc]);
  const x = useMemo(() => months.map((m) => daySeconds(`${m.month}-01`)), [months]);
  const lines = useMemo(
    () => [{ label: 'BTC staked', color: '#2e8540', values: months.map((m) => m.stakedBtc) }],
    [months],
  );
  if (layers.error) return <p role="alert">Could not load the Bitcoin side: {layers.error}</p>;
  if (!doc) return <p aria-busy="true">Loading the Bitcoin side…</p>;
  const last = months.at(-1);
  return (
    <section aria-labelledby="bitcoin-title">
      <h3 id="bitcoin-title">Bitcoin layers and BTC staking</h3>
      <p class="headline-line">
        {doc.layers ? (
          <>
            <strong>{btc(doc.layers.btcLocked)}</strong> locked in {doc.layers.layers} Bitcoin layers on{' '}
            {doc.layers.asOf} ({pct(doc.layers.penetration, 2)} of circulating BTC)
          </>
        ) : (
          'No Bitcoin layer reviews in the store'
        )}
        {last ? (
          <>
            ; <strong>{btc(last.stakedBtc)}</strong> staked ({Object.keys(last.byProduct).join(', ')}) at{' '}
            {last.month} ({pct(last.penetration, 2)} of circulating BTC)
          </>
        ) : null}
        .
      </p>
      <Provenance meta={doc} />
      <Figure
        title="BTC staked by month (BTC)"
        note="Staking and restaking products, each BTC counted once."
        numbers={
          <DataTable
            caption="BTC staked by month"
            rows={months}
            columns={[
              { label: 'month', value: (m) => m.month },
              { label: 'staked', value: (m) => m.stakedBtc, show: (m) => btc(m.stakedBtc), numeric: true },
              {
                label: 'of circulating BTC',
                value: (m) => m.penetration,
                show: (m) => pct(m.penetration, 2),
                numeric: true,
              },
            ]}
          />
        }
      >
        <TimeChart x={x} lines={lines} format={btc} label="BTC staked by month" height={200} />
      </Figure>
    </section>
  );
}
