import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { type Marker, TimeChart } from '../../components/TimeChart.tsx';
import { amount, daySeconds } from '../../format.ts';

type Flag = Documents['/api/v1/protocols/:id']['flags'][number];
type View = NonNullable<Documents['/api/v1/drawdowns']['rows'][number]['view']>;

type Props = {
  series: Documents['/api/v1/tvl'];
  /** The drawdown in the series' unit, from the drawdowns document: its peak is marked, its latest figure drawn. */
  view: View | null;
  /** Flags on a day, marked on the chart. */
  flags: (Flag & { day: string })[];
};

/**
 * A protocol's daily TVL in one unit, the peak and flags marked, and the latest figure drawn as a dot
 * on its own day when it is newer than the history (the protocol list): a separate point, never joined.
 */
export function ProtocolChart({ series, view, flags }: Props) {
  const unit = series.unit;
  const last = series.points.at(-1)?.[0];
  const later = view !== null && last !== undefined && view.latestDay > last ? view : null;
  const x = useMemo(
    () => [...series.points.map((p) => daySeconds(p[0])), ...(later ? [daySeconds(later.latestDay)] : [])],
    [series, later],
  );
  const lines = useMemo(
    () => [
      {
        label: `TVL (${unit.toUpperCase()}), daily history`,
        color: '#3366cc',
        values: [...series.points.map((p) => p[1]), ...(later ? [null] : [])],
      },
      ...(later
        ? [
            {
              label: `latest (${later.latestDay})`,
              color: '#c62828',
              values: [...series.points.map(() => null), later.latest],
              dots: true,
            },
          ]
        : []),
    ],
    [series, later, unit],
  );
  const markers = useMemo<Marker[]>(
    () => [
      ...(view
        ? [{ x: daySeconds(view.peakDay), label: `peak ${amount(view.peak, unit)}`, color: '#2e8540' }]
        : []),
      ...flags.map((f) => ({ x: daySeconds(f.day), label: `⚑ ${f.kind}`, color: '#c62828' })),
    ],
    [view, flags, unit],
  );
  const format = useMemo(() => (v: number) => amount(v, unit), [unit]);
  return (
    <Figure
      title={`TVL in ${unit.toUpperCase()}`}
      note={`${series.rule}. Daily history through ${last ?? 'no day'}. Green: the peak. Red ⚑: data-quality flags (${flags.length}).${later ? ' Red dot: the latest figure, newer than the history.' : ''}`}
      numbers={
        <DataTable
          caption={`Daily TVL (${unit.toUpperCase()}), last 90 days of the history`}
          rows={series.points.slice(-90)}
          columns={[
            { label: 'day', value: (p) => p[0] },
            { label: 'TVL', value: (p) => p[1], show: (p) => amount(p[1], unit), numeric: true },
          ]}
        />
      }
    >
      <TimeChart
        x={x}
        lines={lines}
        markers={markers}
        format={format}
        label={`TVL of ${series.subject} in ${unit}`}
      />
    </Figure>
  );
}
