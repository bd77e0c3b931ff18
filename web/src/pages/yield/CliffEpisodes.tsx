import { useState } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { pct, usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';
import { apy } from './apy.ts';

type Cliff = Documents['/api/v1/yield/cliff'];
type Horizon = Cliff['measured']['all']['horizons'][number];
type Episode = Cliff['episodes'][number];

/** How many episodes, newest first, the page asks for (the measurement counts them all). */
const LISTED = 5000;
/** The scatter's upper edge: a TVL change above +200% is left off the chart (the table has it). */
const CHART_MAX = 2;

const signed = (x: number | null | undefined) =>
  x === null || x === undefined ? 'unknown' : `${x >= 0 ? '+' : ''}${pct(x)}`;

/** An episode's TVL change after `h` days, and its held controls' median change. */
const outcome = (e: Episode, h: 30 | 90) =>
  h === 30 ? { change: e.change30, control: e.control30 } : { change: e.change90, control: e.control90 };

/**
 * The incentive cliff as `GET /api/v1/yield/cliff` measures it: the median TVL change 30 and 90 days
 * after rewards halved against same-day pools whose rewards held, and every listed episode as a point
 * (reward APY before the fall, TVL change after) beside its held controls' median.
 */
export function CliffEpisodes() {
  const [horizon, setHorizon] = useState<30 | 90>(90);
  const doc = useDocument('/api/v1/yield/cliff', { episodes: 'all', limit: LISTED });
  if (doc.error) return <p role="alert">{doc.error}</p>;
  const d = doc.data;
  if (!d) return <p aria-busy="true">Loading the incentive cliff…</p>;
  const c = d.episodeCoverage;
  const rows: [string, Horizon][] = [
    ...d.measured.sustained.horizons.map((h): [string, Horizon] => [`sustained, ${h.horizon} d`, h]),
    ...d.measured.all.horizons.map((h): [string, Horizon] => [`every fall, ${h.horizon} d`, h]),
  ];
  const known = d.episodes.filter((e) => outcome(e, horizon).change !== null);
  const off = known.filter((e) => (outcome(e, horizon).change ?? 0) > CHART_MAX).length;
  const ninety = d.measured.sustained.horizons.find((h) => h.horizon === 90);
  return (
    <section aria-labelledby="cliff-title">
      <h3 id="cliff-title">The incentive cliff: what TVL did when rewards fell</h3>
      <Provenance meta={d} />
      <p class="headline-line" id="cliff-line">
        {c.episodes.toLocaleString('en-US')} reward-fall episodes ({c.sustained.toLocaleString('en-US')}{' '}
        sustained) between <time dateTime={c.firstDay ?? ''}>{c.firstDay}</time> and{' '}
        <time dateTime={c.lastDay ?? ''}>{c.lastDay}</time>. Where the rewards stayed down, TVL 90 days later
        was <strong id="cliff-difference-90">{signed(ninety?.difference?.median)}</strong> against pools whose
        rewards held (middle half {signed(ninety?.difference?.p25)} to {signed(ninety?.difference?.p75)};{' '}
        {ninety?.episodes ?? 0} episodes).
      </p>
      <Figure
        title="Median TVL change after rewards fell, against pools whose rewards held"
        note={`Change of TVL from the day before the fall, as a share of it; as of ${d.asOf}. ${d.rule.text}`}
        numbers={
          <DataTable
            caption="The measured response"
            rows={rows}
            columns={[
              { label: 'episodes, horizon', value: ([label]) => label },
              { label: 'count', value: ([, h]) => h.episodes, numeric: true },
              {
                label: 'rewards fell (median)',
                value: ([, h]) => h.treatedChange?.median ?? null,
                show: ([, h]) => signed(h.treatedChange?.median),
                numeric: true,
              },
              {
                label: 'rewards held (median)',
                value: ([, h]) => h.controlChange?.median ?? null,
                show: ([, h]) => signed(h.controlChange?.median),
                numeric: true,
              },
              {
                label: 'difference (median)',
                value: ([, h]) => h.difference?.median ?? null,
                show: ([, h]) => signed(h.difference?.median),
                numeric: true,
              },
              {
                label: 'difference p25 .. p75',
                value: ([, h]) => h.difference?.p25 ?? null,
                show: ([, h]) => `${signed(h.difference?.p25)} .. ${signed(h.difference?.p75)}`,
              },
            ]}
          />
        }
      >
        <EChart
          label="Median TVL change after rewards fell and for pools whose rewards held, 30 and 90 days on"
          option={{
            grid: { left: 60, right: 20, top: 10, bottom: 60 },
            legend: { bottom: 0, data: ['rewards fell', 'rewards held', 'difference'] },
            xAxis: { type: 'category', data: rows.map(([label]) => label) },
            yAxis: { type: 'value', axisLabel: { formatter: (v: number) => pct(v, 0) } },
            series: [
              {
                name: 'rewards fell',
                type: 'bar',
                data: rows.map(([, h]) => h.treatedChange?.median ?? null),
                itemStyle: { color: '#c62828' },
              },
              {
                name: 'rewards held',
                type: 'bar',
                data: rows.map(([, h]) => h.controlChange?.median ?? null),
                itemStyle: { color: '#3366cc' },
              },
              {
                name: 'difference',
                type: 'bar',
                data: rows.map(([, h]) => h.difference?.median ?? null),
                itemStyle: { color: '#555555' },
              },
            ],
            tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => signed(v) },
          }}
        />
      </Figure>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>TVL change after</legend>
          {([30, 90] as const).map((h) => (
            <label key={h}>
              <input
                type="radio"
                name="cliff-horizon"
                checked={horizon === h}
                onChange={() => setHorizon(h)}
              />{' '}
              {h} days
            </label>
          ))}
        </fieldset>
      </form>
      <Figure
        title={`Each episode: reward APY before the fall vs TVL change ${horizon} days later`}
        note={`The newest ${d.episodes.length.toLocaleString('en-US')} of ${c.episodes.toLocaleString('en-US')} episodes; ${known.length.toLocaleString('en-US')} have a ${horizon}-day outcome by ${d.asOf}. Red: the pool whose reward fell; blue: the median of its same-day pools whose reward held. Reward APY in percent a year (log scale); ${off > 0 ? `${off} changes above +${pct(CHART_MAX, 0)} are off the chart (the table has them)` : 'every change is drawn'}.`}
        numbers={
          <DataTable
            id="cliff-episodes"
            caption={`Reward-fall episodes, ${horizon}-day outcome`}
            rows={known}
            sortable
            columns={[
              { label: 'day', value: (e) => e.day },
              { label: 'project', value: (e) => e.project },
              { label: 'chain', value: (e) => e.chain },
              {
                label: 'reward APY before (% a year)',
                value: (e) => e.rewardApy,
                show: (e) => apy(e.rewardApy),
                numeric: true,
              },
              {
                label: 'TVL before (USD)',
                value: (e) => e.tvlUsd,
                show: (e) => usd(e.tvlUsd),
                numeric: true,
              },
              {
                label: 'sustained',
                value: (e) => (e.sustained === null ? 'unknown' : e.sustained ? 'yes' : 'no'),
              },
              {
                label: 'TVL change',
                value: (e) => outcome(e, horizon).change,
                show: (e) => signed(outcome(e, horizon).change),
                numeric: true,
              },
              {
                label: 'held pools (median)',
                value: (e) => outcome(e, horizon).control?.medianChange ?? null,
                show: (e) => signed(outcome(e, horizon).control?.medianChange),
                numeric: true,
              },
            ]}
          />
        }
      >
        <EChart
          label={`Reward APY before each fall against the TVL change ${horizon} days later, with held pools`}
          height={360}
          option={{
            grid: { left: 60, right: 20, top: 10, bottom: 80 },
            legend: { bottom: 0, data: ['rewards fell', 'held pools (median)'] },
            xAxis: { type: 'log', name: 'reward APY before (% a year)', nameLocation: 'middle', nameGap: 30 },
            yAxis: { type: 'value', max: CHART_MAX, axisLabel: { formatter: (v: number) => pct(v, 0) } },
            series: [
              {
                name: 'rewards fell',
                type: 'scatter',
                symbolSize: 4,
                data: known.map((e) => [e.rewardApy, outcome(e, horizon).change]),
                itemStyle: { color: '#c62828' },
              },
              {
                name: 'held pools (median)',
                type: 'scatter',
                symbolSize: 4,
                data: known.flatMap((e) => {
                  const control = outcome(e, horizon).control;
                  return control ? [[e.rewardApy, control.medianChange]] : [];
                }),
                itemStyle: { color: '#3366cc' },
              },
            ],
          }}
        />
      </Figure>
    </section>
  );
}
