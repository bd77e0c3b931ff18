import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * One line: its label, colour and values (null: no data that day, drawn as a break). `dashed` draws a
 * figure that is a bound rather than a value; `dots` draws each value as a point with no line between.
 */
export type Line = {
  label: string;
  color: string;
  values: (number | null)[];
  fill?: boolean;
  dashed?: boolean;
  dots?: boolean;
};
/** A marked day on the chart (a peak, a flag), drawn as a vertical rule with a label. */
export type Marker = { x: number; label: string; color: string };

type Props = {
  /** Days as UTC seconds. */
  x: number[];
  lines: Line[];
  markers?: Marker[];
  /** Formats a y value (units). */
  format: (v: number) => string;
  label: string;
  height?: number;
};

/** A daily time series drawn with uPlot on a canvas, resizing with its container. */
export function TimeChart({ x, lines, markers = [], format, label, height = 280 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const drawMarkers = (u: uPlot) => {
      const { ctx } = u;
      ctx.save();
      for (const m of markers) {
        const px = u.valToPos(m.x, 'x', true);
        ctx.strokeStyle = m.color;
        ctx.fillStyle = m.color;
        ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.beginPath();
        ctx.moveTo(px, u.bbox.top);
        ctx.lineTo(px, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.font = `${11 * devicePixelRatio}px sans-serif`;
        ctx.fillText(m.label, px + 4 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
      }
      ctx.restore();
    };
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height,
        series: [
          { label: 'day' },
          ...lines.map((l) => ({
            label: l.label,
            stroke: l.color,
            width: 2,
            ...(l.fill ? { fill: `${l.color}55` } : {}),
            ...(l.dashed ? { dash: [6, 4] } : {}),
            ...(l.dots ? { paths: () => null, points: { show: true, size: 9, fill: l.color } } : {}),
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : format(v)),
          })),
        ],
        axes: [{}, { values: (_u: uPlot, ticks: number[]) => ticks.map(format), size: 100 }],
        hooks: { draw: [drawMarkers] },
      },
      [x, ...lines.map((l) => l.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, lines, markers, format, height]);
  return <div ref={box} class="chart" role="img" aria-label={label} />;
}
