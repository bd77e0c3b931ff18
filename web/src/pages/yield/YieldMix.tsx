import { useState } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { pct, usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';
import { apy } from './apy.ts';

type Breakdown = Documents['/api/v1/yield']['breakdowns'][number];
type Kind = Documents['/api/v1/yield']['subject']['kind'];

/** What the selector offers: a subject of one kind, broken down by the document's first dimension. */
const KINDS: { kind: Exclude<Kind, 'pool'>; label: string }[] = [
  { kind: 'chain', label: 'a chain, by protocol' },
  { kind: 'protocol', label: 'a protocol, by chain' },
  { kind: 'category', label: 'a category, by protocol' },
];

/** How many rows of the breakdown the chart shows (the table has the same rows). */
const SHOWN = 15;

/**
 * Base vs reward APY of a chain's protocols, a protocol's chains or a category's protocols, stacked, as
 * `GET /api/v1/yield` answers for the subject chosen; the subject's totals and incentive share above it.
 */
export function YieldMix() {
  const [subject, setSubject] = useState<{ kind: Exclude<Kind, 'pool'>; id: string }>({
    kind: 'chain',
    id: 'ethereum',
  });
  const [draft, setDraft] = useState(subject);
  const doc = useDocument('/api/v1/yield', { [subject.kind]: subject.id, limit: SHOWN });
  const d = doc.data;
  const t = d?.totals ?? null;
  const breakdown: Breakdown | undefined = d?.breakdowns[0];
  const items = breakdown?.items ?? [];
  const suggestions = (d?.breakdowns ?? []).filter((b) => b.by === draft.kind).flatMap((b) => b.items);
  return (
    <section aria-labelledby="yield-mix-title">
      <h3 id="yield-mix-title">Base vs reward yield</h3>
      <form
        class="controls"
        onSubmit={(e) => {
          e.preventDefault();
          setSubject(draft);
        }}
      >
        <label>
          Show{' '}
          <select
            id="yield-kind"
            value={draft.kind}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft({ ...draft, kind: KINDS.find((k) => k.kind === value)?.kind ?? 'chain' });
            }}
          >
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name{' '}
          <input
            id="yield-subject"
            list="yield-suggestions"
            value={draft.id}
            onInput={(e) => setDraft({ ...draft, id: e.currentTarget.value })}
            placeholder="ethereum, aave, Lending"
          />
        </label>
        <datalist id="yield-suggestions">
          {suggestions.map((i) => (
            <option key={i.key} value={i.key}>
              {i.label}
            </option>
          ))}
        </datalist>
        <button type="submit">Show</button>
      </form>
      {doc.error ? <p role="alert">{doc.error}</p> : null}
      {d ? (
        <>
          <Provenance meta={d} undated="No pool yields for this subject" />
          <p class="headline-line" id="yield-line">
            {t ? (
              <>
                {d.subject.name} on <time dateTime={d.asOf ?? ''}>{d.asOf}</time>: base{' '}
                <strong id="yield-base">{apy(t.baseApy)}</strong> + reward{' '}
                <strong id="yield-reward">{apy(t.rewardApy)}</strong> = {apy(t.totalApy)} a year
                (TVL-weighted, over {t.pools.toLocaleString('en-US')} pools holding {usd(t.depositsUsd)}).
                Incentives pay <strong id="yield-incentive-share">{pct(t.incentiveShare)}</strong> of the
                yield ({usd(t.yieldUsdPerYear.reward)} of {usd(t.yieldUsdPerYear.total)} a year); the split is
                known for {pct(d.poolCoverage.knownSplitShare)} of deposits.
              </>
            ) : (
              `${d.subject.name}: no pool yields on or before ${d.asked ?? 'the newest day'}.`
            )}
          </p>
          {breakdown && items.length > 0 ? (
            <Figure
              title={`${d.subject.name}: base and reward APY by ${breakdown.by}, on ${d.asOf}`}
              note={`Percent a year, TVL-weighted within each ${breakdown.by}; the ${items.length} largest by deposits${breakdown.others.items > 0 ? ` (${breakdown.others.items} more hold ${usd(breakdown.others.depositsUsd)})` : ''}. Pools without a base/reward split are left out of the APYs, never counted as reward-free.`}
              numbers={
                <DataTable
                  id="yield-table"
                  caption={`${d.subject.name} by ${breakdown.by} on ${d.asOf}`}
                  rows={items}
                  sortable
                  columns={[
                    { label: breakdown.by, value: (i) => i.label },
                    { label: 'pools', value: (i) => i.pools, numeric: true },
                    {
                      label: 'deposits (USD)',
                      value: (i) => i.depositsUsd,
                      show: (i) => usd(i.depositsUsd),
                      numeric: true,
                    },
                    {
                      label: 'base APY (% a year)',
                      value: (i) => i.baseApy,
                      show: (i) => apy(i.baseApy),
                      numeric: true,
                    },
                    {
                      label: 'reward APY (% a year)',
                      value: (i) => i.rewardApy,
                      show: (i) => apy(i.rewardApy),
                      numeric: true,
                    },
                    {
                      label: 'incentive share',
                      value: (i) => i.incentiveShare,
                      show: (i) => pct(i.incentiveShare),
                      numeric: true,
                    },
                  ]}
                />
              }
            >
              <EChart
                label={`Base and reward APY of ${d.subject.name} by ${breakdown.by}, stacked`}
                height={Math.max(200, items.length * 26 + 60)}
                option={{
                  grid: { left: 180, right: 30, top: 10, bottom: 60 },
                  legend: { bottom: 0, data: ['base APY', 'reward APY'] },
                  xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v}%` } },
                  yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label) },
                  series: [
                    {
                      name: 'base APY',
                      type: 'bar',
                      stack: 'apy',
                      data: items.map((i) => i.baseApy),
                      itemStyle: { color: '#3366cc' },
                    },
                    {
                      name: 'reward APY',
                      type: 'bar',
                      stack: 'apy',
                      data: items.map((i) => i.rewardApy),
                      itemStyle: { color: '#dc7c00' },
                    },
                  ],
                  tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => apy(v) },
                }}
              />
            </Figure>
          ) : null}
          {d.notes.length > 0 ? (
            <ul class="note">
              {d.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : doc.error ? null : (
        <p aria-busy="true">Loading…</p>
      )}
    </section>
  );
}
