import type { View, ViewChart } from '../view.ts';
import { escapeHtml as esc } from './escapeHtml.ts';
import { formatCell } from './formatCell.ts';
import { barChart, lineChart } from './svgCharts.ts';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:12px}th,td{border:1px solid #ddd;padding:3px 6px;text-align:left}
th{background:#f4f4f4}.notes{color:#666;font-size:12px}h2{margin-top:2rem;border-bottom:1px solid #eee}`;

function chart(c: ViewChart): string {
  if (c.kind === 'line') return lineChart(c.series, c.title);
  return barChart(c.bars, c.title, (v) => formatCell(v, { label: '', key: '', unit: c.unit }));
}

/** Views as one self-contained HTML page: inline CSS and SVG charts, no scripts, no CDN. */
export function renderViewsHtml(views: readonly View[], title: string): string {
  const body = views
    .map((v) => {
      const tables = v.tables
        .map(
          (t) =>
            `<table><thead><tr>${t.columns.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr></thead><tbody>${t.rows
              .map(
                (r) =>
                  `<tr>${r.map((cell, i) => `<td>${esc(formatCell(cell, t.columns[i] ?? { label: '', key: '', unit: 'text' }))}</td>`).join('')}</tr>`,
              )
              .join('')}</tbody></table>`,
        )
        .join('');
      const notes = v.notes.length
        ? `<ul class="notes">${v.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
        : '';
      return `<section id="${esc(v.id)}"><h2>${esc(v.title)}</h2>${v.lines.map((l) => `<p>${esc(l)}</p>`).join('')}${(v.charts ?? []).map(chart).join('')}${tables}${notes}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1>
${body}
</body></html>\n`;
}
