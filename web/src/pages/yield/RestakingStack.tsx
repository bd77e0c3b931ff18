import { useState } from 'preact/hooks';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';
import { apy } from './apy.ts';

/** The liquid restaking tokens the stacks registry describes (registry/yield/restaking-stacks.json). */
const TOKENS = ['weETH', 'ezETH', 'rsETH'] as const;
const COLOURS = ['#3366cc', '#2e7d32', '#dc7c00', '#8e24aa'];

/**
 * A liquid restaking token's yield stack as `GET /api/v1/yield/stack` answers it: each layer's APY,
 * stacked for a holder and for one who has asked to exit (what the 14-day queue still earns), with the
 * layers the data cannot price named apart.
 */
export function RestakingStack() {
  const [token, setToken] = useState<(typeof TOKENS)[number]>('weETH');
  const doc = useDocument('/api/v1/yield/stack', { token });
  const d = doc.data;
  const known = (d?.layers ?? []).filter((l) => l.apy !== null);
  return (
    <section aria-labelledby="stack-title">
      <h3 id="stack-title">Restaking yield stack</h3>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Token</legend>
          {TOKENS.map((t) => (
            <label key={t}>
              <input type="radio" name="stack-token" checked={token === t} onChange={() => setToken(t)} /> {t}
            </label>
          ))}
        </fieldset>
      </form>
      {doc.error ? <p role="alert">{doc.error}</p> : null}
      {d ? (
        <>
          <Provenance meta={d} undated={`No ${d.token} pool in the stored yields`} />
          <p class="headline-line" id="stack-line">
            {d.pool ? (
              <>
                {d.token} ({d.project}, restaked on {d.restakesOn}) on{' '}
                <time dateTime={d.asOf ?? ''}>{d.asOf}</time>: its pool holds {usd(d.pool.tvlUsd)} at{' '}
                {apy(d.pool.apy)} a year; the known layers pay{' '}
                <strong id="stack-known">{apy(d.knownApy)}</strong>, of which{' '}
                <strong id="stack-exit">{apy(d.duringExitApy)}</strong> during a {d.exitDays}-day exit.
                {d.unknownLayers.length > 0
                  ? ` Unknown, never counted as zero: ${d.unknownLayers.join(', ')}.`
                  : ''}
              </>
            ) : (
              `${d.token}: no pool on or before ${d.asked ?? 'the newest day'}.`
            )}
          </p>
          <Figure
            title={`${d.token}'s yield by layer: held, and during a ${d.exitDays}-day exit`}
            note={`Percent a year on ${d.asOf ?? 'no day'}; each layer's basis (data, inferred) and source in the table. A layer an exit no longer earns is left out of the second bar.`}
            numbers={
              <DataTable
                caption={`${d.token}'s layers`}
                rows={d.layers}
                columns={[
                  { label: 'layer', value: (l) => l.label },
                  { label: 'APY (% a year)', value: (l) => l.apy, show: (l) => apy(l.apy), numeric: true },
                  { label: 'basis', value: (l) => l.basis },
                  { label: 'earned during exit', value: (l) => (l.duringExit ? 'yes' : 'no') },
                  { label: 'why', value: (l) => l.why },
                  { label: 'source', value: (l) => `${l.source} (${l.confidence})` },
                ]}
              />
            }
          >
            <EChart
              label={`${d.token}'s yield layers stacked, held and during an exit`}
              height={220}
              option={{
                grid: { left: 120, right: 30, top: 10, bottom: 60 },
                legend: { bottom: 0, data: known.map((l) => l.label), type: 'scroll' },
                xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v}%` } },
                yAxis: { type: 'category', data: ['held', `exiting (${d.exitDays} d)`] },
                series: known.map((l, i) => ({
                  name: l.label,
                  type: 'bar',
                  stack: 'layers',
                  data: [l.apy, l.duringExit ? l.apy : 0],
                  itemStyle: { color: COLOURS[i % COLOURS.length] },
                })),
                tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => apy(v) },
              }}
            />
          </Figure>
        </>
      ) : doc.error ? null : (
        <p aria-busy="true">Loading…</p>
      )}
    </section>
  );
}
