import type { BtcLayersResult } from '../../app/btcLayers.ts';
import type { L2AssessResult } from '../../app/l2Assess.ts';
import type { L2CompareResult } from '../../app/l2Compare.ts';
import type { L2ExposureResult } from '../../app/l2Exposure.ts';
import type { L2SystemsResult } from '../../app/l2Systems.ts';
import type { SystemResult } from '../../app/system.ts';
import type { SystemSummary } from '../../app/systemSchemas.ts';
import { ROSETTE_SLICES } from '../../model/l2-risk.ts';
import { formatSeconds } from '../../risk/l2/formatSeconds.ts';
import { btc, pct, usd } from '../format.ts';
import { column, type View, type ViewTable } from '../view.ts';

type Collusion = SystemSummary['steal'];
const collusion = (c: Collusion) => (c.status === 'parties' ? String(c.parties) : c.status);
const LETTER: Record<string, string> = { good: 'G', neutral: 'N', warning: 'W', bad: 'B', UnderReview: 'U' };
const letters = (sentiments: readonly string[]) => sentiments.map((s) => LETTER[s] ?? '?').join(' ');

/** The legend of the rosette letters. */
export const ROSETTE_LEGEND =
  'Rosette letters in L2BEAT order (state validation, DA, exit window, sequencer failure, proposer failure): G good, N neutral, W warning, B bad, U under review.';

const valueText = (v: SystemSummary['value']) =>
  v ? `${usd(v.usd)}${v.btc !== null ? ` (${btc(v.btc)})` : ''}` : 'unknown';

/** A value figure with its source and date, e.g. `$7.67B (L2BEAT TVS, 2024-11-01)`; `unknown` when none. */
export function valueSourceText(v: SystemSummary['value']): string {
  return v ? `${usd(v.usd)} (${v.source}, ${v.asOf})` : 'unknown';
}

/** Ethereum L2s: Faultline's stage and rosette beside L2BEAT's, the collusion thresholds and the value. */
export function l2SystemTable(rows: readonly SystemSummary[]): ViewTable {
  return {
    columns: [
      column('L2', 'text', 'id'),
      column('Type', 'text'),
      column('Stage', 'text'),
      column('L2BEAT stage', 'text', 'l2beat_stage'),
      column('Rosette', 'text'),
      column('L2BEAT rosette', 'text', 'l2beat_rosette'),
      column('Exit window', 'text', 'exit_window'),
      column('Steal', 'text'),
      column('Freeze', 'text'),
      column('Censor', 'text'),
      column('Worst-case exit', 'text', 'worst_case_exit'),
      column('Value (TVS)', 'text', 'value'),
      column('Facts since', 'text', 'since'),
      column('Differs', 'text'),
    ],
    rows: rows.map((s) => [
      s.name,
      s.type,
      s.stage,
      // L2BEAT's published stage is of the day of its imported summary, not of the table's day: say which.
      s.l2beatStage && s.l2beatComparedAsOf ? `${s.l2beatStage} (${s.l2beatComparedAsOf})` : s.l2beatStage,
      letters(s.rosette?.map((r) => r.sentiment) ?? []),
      s.rosette?.every((r) => r.l2beat) ? letters(s.rosette.map((r) => r.l2beat?.sentiment ?? '')) : null,
      s.exitWindow?.value ?? null,
      collusion(s.steal),
      collusion(s.freeze),
      collusion(s.censor),
      s.exitLatency.text,
      valueText(s.value),
      s.since,
      s.disagreements.map((d) => d.subject).join(', '),
    ]),
  };
}

/** Every Ethereum L2 of the registry beside L2BEAT's stage and rosette. */
export function l2SystemsView(doc: L2SystemsResult): View {
  return {
    id: 'l2-systems',
    title: `L2s under Faultline's evaluation (registry facts${doc.asOf ? ` as of ${doc.asOf}` : ''}, L2BEAT's rules)`,
    lines: [],
    tables: [l2SystemTable(doc.systems)],
    notes: [
      ROSETTE_LEGEND,
      'Steal / Freeze / Censor: the fewest parties that must act together ("none": no set can; "unknown": the record does not say).',
      "Differs: where the evaluation disagrees with L2BEAT's published value; `faultline l2 --chain X` gives the reason.",
    ],
  };
}

/** L2BEAT's own published profiles, as stored: stage, the five slices, TVS. */
export function l2PublishedView(doc: L2SystemsResult): View {
  const cell = (v: { value: string; sentiment: string }) => `${v.value} [${v.sentiment}]`;
  const day = doc.published[0]?.asOf;
  return {
    id: 'l2-risks',
    title: `L2 risk as L2BEAT published it${day ? ` (~${day.slice(0, 7)})` : ''}`,
    lines: doc.published.length === 0 ? ['Not available for this date.'] : [],
    tables: [
      {
        columns: [
          column('L2', 'text'),
          column('Type', 'text'),
          column('Stage', 'text'),
          ...ROSETTE_SLICES.map(([key, name]) => column(name, 'text', key)),
          column('TVS', 'usd', 'tvs_usd'),
        ],
        rows: doc.published.map((l) => [
          l.name,
          l.category,
          l.stage,
          ...ROSETTE_SLICES.map(([key]) => cell(l.rosette[key])),
          l.tvs.totalUsd,
        ]),
      },
    ],
    notes: ['Sentiments, best to worst: good < neutral < warning < bad < UnderReview.'],
  };
}

/** Bitcoin layers: bitcoinlayers.org's four tiers beside Faultline's thresholds and exit latency. */
export function btcLayersView(doc: BtcLayersResult): View {
  const price = doc.btcPrice ? `${usd(doc.btcPrice.usd)} (close of ${doc.btcPrice.day})` : 'no stored price';
  return {
    id: 'btc-systems',
    title: 'Bitcoin layers in one frame (bitcoinlayers.org tiers, collusion thresholds, exit)',
    lines: [],
    tables: [
      {
        columns: [
          column('Layer', 'text', 'id'),
          column('Type', 'text'),
          column('BTC custody', 'text', 'btc_custody'),
          column('DA', 'text', 'da'),
          column('Operators', 'text'),
          column('Finality', 'text'),
          column('Custody model', 'text', 'custody'),
          column('Steal', 'text'),
          column('Freeze', 'text'),
          column('Censor', 'text'),
          column('Worst-case exit', 'text', 'worst_case_exit'),
          column('Value', 'text'),
        ],
        rows: doc.layers.map((s) => [
          s.name,
          s.type,
          s.bitcoinlayers?.custody ?? null,
          s.bitcoinlayers?.dataAvailability ?? null,
          s.bitcoinlayers?.operators ?? null,
          s.bitcoinlayers?.finality ?? null,
          s.custody,
          collusion(s.steal),
          collusion(s.freeze),
          collusion(s.censor),
          s.exitLatency.text,
          valueText(s.value),
        ]),
      },
    ],
    notes: [
      `Tiers: bitcoinlayers.org (Low < Medium < High < VeryHigh). Steal / Freeze / Censor: fewest parties that must act together. BTC valued at ${price}.`,
    ],
  };
}

/** bitcoinlayers.org's own reviews, as stored: the four tiers and the BTC locked. */
export function btcPublishedView(doc: BtcLayersResult): View {
  const rows = doc.published;
  const locked = rows.filter((l) => (l.btcLocked ?? 0) > 0);
  return {
    id: 'btc-layers',
    title: 'Bitcoin layers as bitcoinlayers.org reviews them',
    lines:
      rows.length === 0
        ? ['Not available for this date.']
        : [
            `${rows.length} layers reviewed; ${locked.length} with BTC locked, ${btc(locked.reduce((s, l) => s + (l.btcLocked ?? 0), 0))} in all; ${rows.filter((l) => l.btcLocked === null).length} unknown.`,
          ],
    tables: [
      {
        columns: [
          column('Layer', 'text'),
          column('Type', 'text'),
          column('BTC custody', 'text', 'custody'),
          column('Data availability', 'text', 'data_availability'),
          column('Operators', 'text'),
          column('Finality', 'text'),
          column('BTC locked', 'btc', 'btc_locked'),
        ],
        rows: rows
          .filter((l) => l.btcLocked === null || l.btcLocked > 0)
          .map((l) => [
            l.name,
            l.entityType,
            l.custody,
            l.dataAvailability,
            l.operators,
            l.finality,
            l.btcLocked,
          ]),
      },
    ],
    notes: [
      'Layers with 0 BTC locked are left out of the table; "unknown" means the review gives no figure.',
    ],
  };
}

/** The value-weighted view: value behind each weakness, and per DA layer. */
export function l2ExposureView(doc: L2ExposureResult): View {
  const price = doc.btcPrice ? `${usd(doc.btcPrice.usd)} (${doc.btcPrice.day})` : 'no stored price';
  return {
    id: 'l2-exposure',
    title: 'Value-weighted risk across L2s and Bitcoin layers',
    lines: [
      `${usd(doc.totalUsd)} on ${doc.valued} systems with a value figure (L2s: L2BEAT TVS; Bitcoin layers: BTC locked at ${price}); without one: ${doc.unvalued.join(', ') || 'none'}.`,
    ],
    tables: [
      {
        columns: [
          column('Weakness', 'text'),
          column('Value', 'usd', 'usd'),
          column('Share of valued', 'fraction', 'share'),
          column('Systems', 'text'),
          column('Without a value figure', 'text', 'unvalued'),
        ],
        rows: doc.buckets.map((b) => [b.label, b.usd, b.share, b.systems.join(', '), b.unvalued.join(', ')]),
      },
      {
        columns: [
          column('DA layer', 'text', 'da_layer'),
          column('Value secured', 'usd', 'usd'),
          column('Share of valued', 'fraction', 'share'),
          column('Systems', 'text'),
        ],
        rows: doc.daLayers.map((d) => [d.daLayer, d.usd, d.share, d.systems.join(', ')]),
      },
    ],
    notes: [
      ...doc.values.filter((v) => v.note).map((v) => `no value for ${v.id}: ${v.note}`),
      ...(doc.notDaDependent.length > 0
        ? [`not DA-dependent (self-custodied stake): ${doc.notDaDependent.join(', ')}`]
        : []),
      `Per DA layer: ${doc.daLayers.map((d) => `${d.daLayer} ${usd(d.usd)} (${pct(d.share)})`).join('; ')}.`,
    ],
  };
}

/** One system in full: its rosette beside L2BEAT's, unmet requirements, collusion, exit, value, notes, sources. */
export function systemDetailView(s: SystemResult): View {
  const lines = [
    `${s.name} (${s.id}): ${s.kind}, ${s.type}${s.stack ? `, ${s.stack}` : ''}; facts as of ${s.asOf}, holding since ${s.since}`,
    `DA layer: ${s.daLayer}; proof system: ${s.facts.proofSystem ?? 'none'}; custody: ${s.custody}`,
  ];
  if (s.stage) lines.push(`Stage: ${s.stage} (L2BEAT: ${s.l2beatStage ?? 'not imported'})`);
  for (const u of s.unmet) lines.push(`unmet for ${u.stage}: ${u.requirement}`);
  if (s.stagePreconditions?.length)
    lines.push(`Stage 0 preconditions not met: ${s.stagePreconditions.join('; ')}`);
  if (s.bitcoinlayers) {
    const b = s.bitcoinlayers;
    lines.push(
      `bitcoinlayers.org: custody ${b.custody}, DA ${b.dataAvailability}, operators ${b.operators}, finality ${b.finality}`,
    );
  }
  lines.push(
    `Steal: ${collusion(s.steal)} — ${s.steal.who}`,
    `Freeze: ${collusion(s.freeze)} — ${s.freeze.who}`,
    `Censor: ${collusion(s.censor)} — ${s.censor.who}`,
  );
  const parts = s.exitLatency.parts.map(
    (p) => `${p.name} ${p.seconds === null ? 'unknown' : formatSeconds(p.seconds)}`,
  );
  lines.push(`Worst-case exit: ${s.exitLatency.text}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  lines.push(`Value: ${valueSourceText(s.value)}${s.valueNote ? ` — ${s.valueNote}` : ''}`);
  for (const d of s.disagreements)
    lines.push(`DIFFERS from L2BEAT on ${d.subject}: Faultline ${d.ours}, L2BEAT ${d.theirs} — ${d.reason}`);
  return {
    id: 'system',
    title: s.name,
    lines,
    tables: s.rosette
      ? [
          {
            columns: [column('slice', 'text'), column('Faultline', 'text'), column('L2BEAT', 'text')],
            rows: s.rosette.map((r) => [
              r.name,
              `${r.value} (${r.sentiment})`,
              r.l2beat ? `${r.l2beat.value} (${r.l2beat.sentiment})` : null,
            ]),
          },
        ]
      : [],
    notes: [
      ...s.facts.notes.map((n) => `note: ${n}`),
      ...s.facts.sources.map((x) => `source (${x.since}): ${x.about} — ${x.url}`),
    ],
  };
}

/** Two systems side by side. */
export function l2CompareView(doc: L2CompareResult): View {
  const [a, b] = doc.systems;
  const row = (label: string, f: (s: SystemSummary) => string) => [label, f(a), f(b)];
  const slice = (i: number) => (s: SystemSummary) => {
    const r = s.rosette?.[i];
    return r ? `${r.value} (${r.sentiment})` : '—';
  };
  return {
    id: 'l2-compare',
    title: `${a.name} vs ${b.name}`,
    lines: [],
    tables: [
      {
        columns: [column('', 'text', 'field'), column(a.name, 'text', a.id), column(b.name, 'text', b.id)],
        rows: [
          row('kind / type', (s) => `${s.kind} / ${s.type}`),
          row('stack', (s) => s.stack ?? '—'),
          row('DA layer', (s) => s.daLayer),
          row('stage (L2BEAT)', (s) => (s.stage ? `${s.stage} (${s.l2beatStage ?? '—'})` : '—')),
          ...ROSETTE_SLICES.map(([, name], i) => row(name.toLowerCase(), slice(i))),
          row('bitcoinlayers tiers', (s) =>
            s.bitcoinlayers
              ? `${s.bitcoinlayers.custody} / ${s.bitcoinlayers.dataAvailability} / ${s.bitcoinlayers.operators} / ${s.bitcoinlayers.finality}`
              : '—',
          ),
          row('custody', (s) => s.custody),
          row('parties to steal', (s) => collusion(s.steal)),
          row('parties to freeze', (s) => collusion(s.freeze)),
          row('parties to censor', (s) => collusion(s.censor)),
          row('worst-case exit', (s) => s.exitLatency.text),
          row('value', (s) => valueSourceText(s.value)),
          row('facts as of', (s) => `${s.asOf} (since ${s.since})`),
        ],
      },
    ],
    notes: [],
  };
}

/** A hypothetical L2's assessment: its stage, the rosette, and every unmet requirement. */
export function l2AssessView(a: L2AssessResult): View {
  return {
    id: 'l2-assess',
    title: a.name ?? 'L2 design',
    lines: [`${a.name ?? 'design'}: ${a.stage} (worst slice: ${a.worst})`],
    tables: [
      {
        columns: [column('slice', 'text'), column('value', 'text'), column('sentiment', 'text')],
        rows: a.rosette.map((r) => [r.name, r.value, r.sentiment]),
      },
    ],
    notes: [
      ...a.preconditions.map((u) => `Stage 0 precondition not met: ${u.requirement}`),
      ...a.unmet.map((u) => `unmet for ${u.stage}: ${u.requirement}`),
      ...(a.downgradePending
        ? [`downgrade to ${a.downgradePending.toStage} pending from ${a.downgradePending.expiresOn}`]
        : []),
    ],
  };
}
