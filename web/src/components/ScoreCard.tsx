import type { Documents } from '../api.ts';
import { DataTable } from './DataTable.tsx';
import { EChart } from './EChart.tsx';
import { Figure } from './Figure.tsx';
import { Provenance } from './Provenance.tsx';

/** A score as the API gives it (faultline.score/v1). */
type Score = Documents['/api/v1/score'];

const shown = (f: Score['factors'][number]) =>
  f.value === null
    ? 'unknown'
    : f.unit === 'fraction'
      ? `${(f.value * 100).toFixed(1)}%`
      : f.value.toFixed(0);

/** A sustainability score: the number, its band, the sentence that explains it, and each factor's share. */
export function ScoreCard({ score }: { score: Score }) {
  const known = score.factors.filter((f) => f.contribution !== null);
  return (
    <>
      <Figure
        title={`Sustainability score: ${score.score.toFixed(0)}/100 (${score.band})`}
        note={
          <>
            <span id="score-drivers">{score.drivers}</span> Below {score.watchThreshold} is on the watchlist.
            As of {score.asOf}, from data known that day: {score.basis}.
          </>
        }
        numbers={
          <DataTable
            caption="Score factors"
            rows={score.factors}
            columns={[
              { label: 'factor', value: (f) => f.label },
              { label: 'value', value: (f) => f.value, show: shown, numeric: true },
              { label: 'weight', value: (f) => f.weight, numeric: true },
              {
                label: 'points off',
                value: (f) => f.contribution,
                show: (f) => (f.contribution === null ? 'unknown' : f.contribution.toFixed(1)),
                numeric: true,
              },
              { label: 'what it rests on', value: (f) => f.detail ?? '' },
            ]}
          />
        }
      >
        <EChart
          label={`Points each factor takes off the score of ${score.subject}`}
          height={Math.max(160, known.length * 26)}
          option={{
            grid: { left: 300, right: 30, top: 10, bottom: 30 },
            xAxis: { type: 'value', name: 'points off' },
            yAxis: { type: 'category', inverse: true, data: known.map((f) => f.label) },
            series: [
              {
                type: 'bar',
                data: known.map((f) => Number((f.contribution ?? 0).toFixed(2))),
                itemStyle: { color: '#c62828' },
              },
            ],
            tooltip: { trigger: 'axis' },
          }}
        />
      </Figure>
      <Provenance meta={score} />
    </>
  );
}
