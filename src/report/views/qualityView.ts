import type { QualityResult } from '../../app/quality.ts';
import { column, type View } from '../view.ts';

/** The data-quality flags: one row each, saying whether its data counts, with the totals by kind. */
export function qualityView(d: QualityResult): View {
  const shown = d.flags.length;
  return {
    id: 'quality',
    title: 'Data-quality flags',
    lines: [
      `${d.counts.flags} flag(s): ${d.counts.counted} on data that still counts, ${d.counts.keptOut} on data kept out of figures` +
        (shown < d.total ? `; rows ${d.offset + 1}–${d.offset + shown} shown (--limit, --offset)` : ''),
    ],
    tables: [
      {
        columns: [
          column('source', 'text'),
          column('subject', 'text'),
          column('day', 'day'),
          column('kind', 'text'),
          column('counted', 'text'),
          column('value', 'usd'),
          column('file', 'text'),
          column('message', 'text'),
        ],
        rows: d.flags.map((f) => [
          f.source,
          f.subject,
          f.day,
          f.kind,
          f.counted ? 'yes' : 'no',
          f.usd,
          f.file ?? f.ingestUnit,
          f.message,
        ]),
      },
    ],
    notes: [],
  };
}
