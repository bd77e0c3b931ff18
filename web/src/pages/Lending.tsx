import { useState } from 'preact/hooks';
import { Provenance } from '../components/Provenance.tsx';
import { useComputation, useDocument } from '../useApi.ts';
import { Baseline } from './lending/Baseline.tsx';
import { BookFindings } from './lending/BookFindings.tsx';
import { BookLine } from './lending/BookLine.tsx';
import { LiquidationCurve } from './lending/LiquidationCurve.tsx';
import { StressFigures } from './lending/StressFigures.tsx';
import { ValueAtRisk } from './lending/ValueAtRisk.tsx';

/**
 * Lending stress on the stored Aave v3 Ethereum book: where the book comes from, its no-move baseline and
 * why, sliders for an ETH fall and an LST depeg with what each adds to the baseline, the one-day VaR over
 * it, the curve, and the flagged input apart; every figure from a lending document with its day and source.
 */
export function Lending() {
  const curve = useDocument('/api/v1/lending/curve', { asset: 'WETH', to: -0.6, steps: 12 });
  const [shock, setShock] = useState(20);
  const [depeg, setDepeg] = useState(0);
  const stress = useComputation(
    '/api/v1/lending/stress',
    {
      shocks: { WETH: -shock / 100 },
      ...(depeg > 0 ? { depegs: { weETH: depeg / 100, wstETH: depeg / 100 } } : {}),
    },
    200,
  );
  if (curve.error) return <p role="alert">{curve.error}</p>;
  if (!curve.data) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="lending-title">
      <h2 id="lending-title">Lending stress: Aave v3 Ethereum</h2>
      <BookLine doc={curve.data} />
      <Provenance meta={curve.data} />
      <Baseline doc={curve.data} />
      <h3>A shock, over the baseline</h3>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          WETH falls by <output id="shock-value">{shock}%</output>
          <input
            id="shock"
            type="range"
            min={0}
            max={60}
            step={5}
            value={shock}
            onInput={(e) => setShock(Number(e.currentTarget.value))}
            aria-valuetext={`${shock}% fall`}
          />
        </label>
        <label>
          weETH and wstETH depeg by <output>{depeg}%</output>
          <input
            type="range"
            min={0}
            max={20}
            step={1}
            value={depeg}
            onInput={(e) => setDepeg(Number(e.currentTarget.value))}
          />
        </label>
      </form>
      {stress.error ? <p role="alert">{stress.error}</p> : null}
      {stress.data ? <StressFigures stress={stress.data} /> : <p aria-busy="true">Computing…</p>}
      <ValueAtRisk />
      <LiquidationCurve curve={curve.data} shock={shock} />
      <BookFindings doc={curve.data} />
    </section>
  );
}
