import type { SystemSummary, SystemValue } from '../analytics/l2Systems.ts';
import type { Sentiment } from '../model/l2-risk.ts';
import type { Exposure } from '../risk/l2/exposure.ts';
import { collusionText } from '../risk/l2/systemRisk.ts';
import { btc, pct, usd } from './format.ts';

/** A table as text cells, the way the report and the CLI print it. */
export type TextTable = { head: string[]; rows: string[][] };

const LETTER: Record<Sentiment, string> = {
  good: 'G',
  neutral: 'N',
  warning: 'W',
  bad: 'B',
  UnderReview: 'U',
};

/** The legend of the rosette letters. */
export const ROSETTE_LEGEND =
  'Rosette letters in L2BEAT order (state validation, DA, exit window, sequencer failure, proposer failure): G good, N neutral, W warning, B bad, U under review.';

const letters = (sentiments: readonly string[]) =>
  sentiments.map((s) => LETTER[s as Sentiment] ?? '?').join(' ');

const valueText = (s: SystemSummary) =>
  s.value ? `${usd(s.value.usd)}${s.value.btc !== null ? ` (${btc(s.value.btc)})` : ''}` : 'unknown';

/** A value figure with its source and date, e.g. `$7.67B (L2BEAT TVS, 2024-11-01)`; `unknown` when none. */
export function valueSourceText(value: SystemValue | null): string {
  return value ? `${usd(value.usd)} (${value.source}, ${value.asOf})` : 'unknown';
}

/** Ethereum L2s: Faultline's stage and rosette beside L2BEAT's, the collusion thresholds and the value. */
export function l2SystemTable(rows: readonly SystemSummary[]): TextTable {
  return {
    head: [
      'L2',
      'Type',
      'Stage',
      'L2BEAT stage',
      'Rosette',
      'L2BEAT rosette',
      'Exit window',
      'Steal',
      'Freeze',
      'Censor',
      'Worst-case exit',
      'Value (TVS)',
      'Differs',
    ],
    rows: rows
      .filter((s) => s.kind === 'ethereum-l2')
      .map((s) => [
        s.name,
        s.type,
        s.stage ?? '—',
        s.l2beatStage ?? '—',
        letters(s.rosette?.map((r) => r.sentiment) ?? []),
        s.rosette?.every((r) => r.l2beat) ? letters(s.rosette.map((r) => r.l2beat?.sentiment ?? '')) : '—',
        s.exitWindow?.value ?? '—',
        collusionText(s.steal),
        collusionText(s.freeze),
        collusionText(s.censor),
        s.exitLatency.text,
        valueText(s),
        s.disagreements.length === 0 ? '' : s.disagreements.map((d) => d.subject).join(', '),
      ]),
  };
}

/** Bitcoin layers: bitcoinlayers.org's four tiers beside Faultline's thresholds and exit latency. */
export function btcLayerTable(rows: readonly SystemSummary[]): TextTable {
  return {
    head: [
      'Layer',
      'Type',
      'BTC custody',
      'DA',
      'Operators',
      'Finality',
      'Custody model',
      'Steal',
      'Freeze',
      'Censor',
      'Worst-case exit',
      'Value',
    ],
    rows: rows
      .filter((s) => s.kind === 'bitcoin-layer' || s.bitcoinlayers !== null)
      .map((s) => [
        s.name,
        s.type,
        s.bitcoinlayers?.custody ?? '—',
        s.bitcoinlayers?.dataAvailability ?? '—',
        s.bitcoinlayers?.operators ?? '—',
        s.bitcoinlayers?.finality ?? '—',
        s.custody,
        collusionText(s.steal),
        collusionText(s.freeze),
        collusionText(s.censor),
        s.exitLatency.text,
        valueText(s),
      ]),
  };
}

/** The value-weighted view: value behind each weakness, and per DA layer. */
export function exposureTables(e: Exposure): { weaknesses: TextTable; daLayers: TextTable } {
  return {
    weaknesses: {
      head: ['Weakness', 'Value', 'Share of valued', 'Systems', 'Without a value figure'],
      rows: e.buckets.map((b) => [
        b.label,
        usd(b.usd),
        pct(b.share),
        b.systems.join(', ') || '—',
        b.unvalued.join(', ') || '—',
      ]),
    },
    daLayers: {
      head: ['DA layer', 'Value secured', 'Share of valued', 'Systems'],
      rows: e.daLayers.map((d) => [d.daLayer, usd(d.usd), pct(d.share), d.systems.join(', ')]),
    },
  };
}
