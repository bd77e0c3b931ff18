import type { EigenDaResult } from '../../app/eigenda.ts';
import { column, type View } from '../view.ts';

const pct = (x: number) => `${(x * 100).toFixed(4)}%`;

/** EigenDA's verdict: r, the safety margin against it, liveness, chunks, and who can break it. */
export function eigendaView(v: EigenDaResult): View {
  const rows: [string, string][] = [
    ['reconstruction threshold r', pct(v.reconstructionThreshold)],
    [
      'confirmation − adversary',
      `${pct(v.confirmationThreshold - v.adversaryThreshold)} ${v.safe ? '≥' : '<'} r: ${v.safe ? 'safe' : 'UNSAFE'}`,
    ],
    ['liveness threshold (1 − CT)', pct(v.livenessThreshold)],
  ];
  if (v.chunks.length) rows.push(['chunks per operator', v.chunks.join(', ')]);
  if (v.breakSafety)
    rows.push([
      'fewest top operators to break safety',
      `${v.breakSafety.operators} (${pct(v.breakSafety.share)} of stake > CT − r)`,
    ]);
  if (v.breakLiveness)
    rows.push([
      'fewest top operators to halt confirmation',
      `${v.breakLiveness.operators} (${pct(v.breakLiveness.share)} of stake > 1 − CT)`,
    ]);
  return {
    id: 'eigenda',
    title: `EigenDA (n = ${v.parameters.maxOperators}, c = ${v.parameters.chunks}, γ = 1/${v.parameters.inverseCodingRate})`,
    lines: [],
    tables: [{ columns: [column('', 'text', 'measure'), column('value', 'text')], rows }],
    notes: [],
  };
}
