import type { ChainHighsResult } from '../../app/chainHighs.ts';
import { column, type View } from '../view.ts';

/** The N-day highs of a chain, with the series and source they were read on. */
export function chainHighsView(doc: ChainHighsResult): View {
  const n = doc.highs.length;
  return {
    id: 'highs',
    title: `${doc.label}: ${doc.windowDays}-day highs`,
    lines: [
      `${doc.label}: ${n} day${n === 1 ? '' : 's'} at a ${doc.windowDays}-day high, ${doc.firstDay} … ${doc.lastDay}`,
      `source: ${doc.source}`,
    ],
    tables: [
      {
        columns: [
          column('day', 'day'),
          column('TVL', 'usd', 'tvl_usd'),
          column(`max of previous ${doc.windowDays} days`, 'usd', 'previous_max_usd'),
        ],
        rows: doc.highs.map((h) => [h.day, h.value, h.previousMax]),
      },
    ],
    notes: [],
  };
}
