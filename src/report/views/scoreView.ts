import type { ScoreResult } from '../../app/score.ts';
import type { WatchlistResult } from '../../app/watchlist.ts';
import { column, type View } from '../view.ts';

/** A score explained: the figure and band, the facts that drive it, and every factor's value, weight and points. */
export function scoreView(doc: ScoreResult): View {
  return {
    id: 'score',
    title: `${doc.subject}: sustainability score on ${doc.asOf}`,
    lines: [
      `${doc.subject} on ${doc.asOf}: ${doc.score.toFixed(1)}/100 (${doc.band})`,
      doc.drivers,
      `basis: ${doc.basis}`,
    ],
    tables: [
      {
        columns: [
          column('factor', 'text'),
          column('value', 'number', 'value', 3),
          column('unit', 'text'),
          column('risk', 'number', 'risk', 2),
          column('weight', 'number'),
          column('points off', 'number', 'points_off', 1),
          column('detail', 'text'),
        ],
        rows: doc.factors.map((f) => [f.label, f.value, f.unit, f.risk, f.weight, f.contribution, f.detail]),
      },
    ],
    notes:
      doc.unknown.length > 0 ? [`left out (unknown, never counted as safe): ${doc.unknown.join(', ')}`] : [],
  };
}

/** The watchlist: who is below the threshold, worst first, and why. */
export function watchlistView(doc: WatchlistResult, shown = doc.entries.length): View {
  return {
    id: 'watchlist',
    title: 'Watchlist: protocols on their way to becoming ghost towns',
    lines: [
      `${doc.entries.length} protocol(s) score below ${doc.threshold}/100 on ${doc.asOf} (weights "${doc.weights}"); ${shown < doc.entries.length ? `the worst ${shown} shown; ` : ''}every score uses only data known that day.`,
    ],
    tables: [
      {
        columns: [
          column('protocol', 'text'),
          column('category', 'text'),
          column('score', 'number', 'score', 1),
          column('band', 'text'),
          column('why', 'text'),
        ],
        rows: doc.entries
          .slice(0, shown)
          .map((e) => [`${e.subject} (${e.id})`, e.category, e.score, e.band, e.drivers]),
      },
    ],
    notes: [
      '`faultline score --protocol P` shows every factor, its weight and its contribution; `faultline backtest` shows how early the score warned on past collapses.',
    ],
  };
}
