// src/report/render/svgCharts.ts
import { escapeHtml as esc } from "./escapeHtml.js";
function lineChart(points, title) {
  const w = 720;
  const h = 200;
  const pad = 36;
  if (points.length < 2) return "";
  const max = Math.max(...points.map((p) => p.value)) || 1;
  const x = (i) => pad + i * (w - 2 * pad) / (points.length - 1);
  const y = (v) => h - pad - v / max * (h - 2 * pad);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">
<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#999"/>
<path d="${path}" fill="none" stroke="#2a6fdb" stroke-width="2"/>
<text x="${pad}" y="${h - 10}" font-size="11">${esc(first.label)}</text>
<text x="${w - pad}" y="${h - 10}" font-size="11" text-anchor="end">${esc(last.label)}</text>
<text x="${w - pad}" y="${(y(last.value) - 6).toFixed(1)}" font-size="11" text-anchor="end">${(last.value * 100).toFixed(1)}%</text>
<text x="${pad}" y="14" font-size="11">max ${(max * 100).toFixed(1)}%</text>
</svg>`;
}
function barChart(bars, title, format) {
  const w = 720;
  const row = 20;
  const labelW = 260;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const body = bars.map((b, i) => {
    const len = (w - labelW - 90) * Math.max(b.value, 0) / max;
    return `<text x="${labelW - 6}" y="${i * row + 14}" font-size="11" text-anchor="end">${esc(b.label)}</text>
<rect x="${labelW}" y="${i * row + 3}" width="${len.toFixed(1)}" height="${row - 6}" fill="#d9534f"/>
<text x="${(labelW + len + 4).toFixed(1)}" y="${i * row + 14}" font-size="11">${esc(format(b.value))}</text>`;
  }).join("\n");
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${w} ${bars.length * row + 4}" width="${w}" height="${bars.length * row + 4}">
${body}
</svg>`;
}
export {
  barChart,
  lineChart
};
