/** Small inline SVG charts for the self-contained HTML report (no scripts, no external assets). */

import type { ChartSeries } from '../view.ts';
import { escapeHtml as esc } from './escapeHtml.ts';

const COLOURS = ['#2a6fdb', '#8a8a8a', '#d9534f', '#3c9d5d'];

/**
 * A line chart of fraction series (0..1) over shared x labels. A null point breaks its line (a gap,
 * never a move); a dashed series is a bound, not a measurement. The legend names every series.
 */
export function lineChart(series: readonly ChartSeries[], title: string): string {
  const w = 720;
  const h = 220;
  const pad = 36;
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v): v is number => v !== null);
  if (xs.length < 2 || values.length === 0) return '';
  const max = Math.max(...values) || 1;
  const x = (label: string) => pad + (xs.indexOf(label) * (w - 2 * pad)) / (xs.length - 1);
  const y = (v: number) => h - pad - (v / max) * (h - 2 * pad);
  const paths = series.map((s, i) => {
    let d = '';
    let open = false;
    for (const p of s.points) {
      if (p.y === null) {
        open = false;
        continue;
      }
      d += `${open ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)} `;
      open = true;
    }
    const colour = COLOURS[i % COLOURS.length];
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    return `<path d="${d.trim()}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`;
  });
  const legend = series
    .map(
      (s, i) =>
        `<text x="${w - pad}" y="${14 + i * 14}" font-size="11" text-anchor="end" fill="${COLOURS[i % COLOURS.length]}">${esc(s.label)}${s.dashed ? ' (dashed)' : ''}</text>`,
    )
    .join('\n');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">
<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#999"/>
${paths.join('\n')}
<text x="${pad}" y="${h - 10}" font-size="11">${esc(xs[0] as string)}</text>
<text x="${w - pad}" y="${h - 10}" font-size="11" text-anchor="end">${esc(xs.at(-1) as string)}</text>
<text x="${pad}" y="14" font-size="11">max ${(max * 100).toFixed(1)}%</text>
${legend}
</svg>`;
}

/** A horizontal bar chart; `format` writes each value's label with its unit. */
export function barChart(
  bars: readonly { label: string; value: number }[],
  title: string,
  format: (v: number) => string,
): string {
  const w = 720;
  const row = 20;
  const labelW = 260;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const body = bars
    .map((b, i) => {
      const len = ((w - labelW - 90) * Math.max(b.value, 0)) / max;
      return `<text x="${labelW - 6}" y="${i * row + 14}" font-size="11" text-anchor="end">${esc(b.label)}</text>
<rect x="${labelW}" y="${i * row + 3}" width="${len.toFixed(1)}" height="${row - 6}" fill="#d9534f"/>
<text x="${(labelW + len + 4).toFixed(1)}" y="${i * row + 14}" font-size="11">${esc(format(b.value))}</text>`;
    })
    .join('\n');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${bars.length * row + 4}" width="${w}" height="${bars.length * row + 4}">\n${body}\n</svg>`;
}
