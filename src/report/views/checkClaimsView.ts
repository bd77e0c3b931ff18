import type { CheckClaimsResult } from '../../app/checkClaims.ts';
import { pct } from '../format.ts';
import { column, type View } from '../view.ts';

const show = (v: unknown) =>
  typeof v === 'number' && Math.abs(v) < 1 && v !== 0
    ? pct(v, 2)
    : v === null
      ? ''
      : typeof v === 'number'
        ? v.toLocaleString('en-US', { maximumFractionDigits: 0 })
        : String(v);

/** Each claim with its status, expected and actual value, error and basis; the counts below. */
export function checkClaimsView(doc: CheckClaimsResult): View {
  const count = (s: string) => doc.results.filter((r) => r.status === s).length;
  return {
    id: 'claims',
    title: 'Claims checked',
    lines: [],
    tables: [
      {
        columns: [
          column('claim', 'text'),
          column('status', 'text'),
          column('expected', 'text'),
          column('actual', 'text'),
          column('error', 'fraction', 'error', 2),
          column('basis / reason', 'text', 'reason'),
        ],
        rows: doc.results.map((r) => [r.id, r.status, show(r.expected), show(r.actual), r.error, r.reason]),
      },
    ],
    notes: [`${count('holds')} hold, ${count('differs')} differ, ${count('unknown')} unknown`],
  };
}
