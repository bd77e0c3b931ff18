// src/report/sections.ts
import { HF_BUCKETS } from "../analytics/healthFactors.js";
import { btc, int, pct, shareText, usd } from "./format.js";
import { stressTable } from "./lendingTables.js";
import { sparkline } from "./sparkline.js";
import { btcLayerTable, exposureTables, l2SystemTable, ROSETTE_LEGEND } from "./systemTables.js";
function reportSections(report) {
  return [
    coverage(report),
    l1VsL2(report),
    drawdowns(report),
    watchlistSection(report),
    concentration(report),
    l2Risks(report),
    btcLayers(report),
    ...systems(report),
    lending(report),
    ...lendingStress(report),
    restaking(report),
    flags(report)
  ];
}
function coverage(r) {
  return {
    id: "coverage",
    title: "Coverage",
    lines: [
      `Data as of ${r.asOf ?? "the latest day in the store"}; generated ${r.generatedAt.slice(0, 10)} (UTC).`
    ],
    table: {
      head: ["Dataset", "From", "To", "Rows", "Status"],
      rows: r.coverage.map((c) => [c.dataset, c.firstDay ?? "\u2014", c.lastDay ?? "\u2014", int(c.rows), c.status])
    },
    notes: r.coverage.flatMap((c) => c.caveats.map((caveat) => `${c.dataset}: ${caveat}`))
  };
}
function l1VsL2(r) {
  const months = r.l1VsL2.months;
  const full = months.filter((m) => m.share !== null && !m.partial);
  return {
    id: "l1-vs-l2",
    title: "Ethereum L1 vs its L2s (month-end TVL)",
    lines: full.length > 0 ? [
      `L2 share, months with every L2 known (${full[0]?.month}..${full.at(-1)?.month}): ${sparkline(
        full.map((m) => m.share),
        40
      )} ${pct(full.at(-1)?.share)} at ${full.at(-1)?.month}`
    ] : ["No month with every L2 known."],
    table: {
      head: ["Month", "Ethereum", "L2s", "L2 share", "L2s counted"],
      rows: months.map((m) => [
        m.month,
        usd(m.ethereumUsd),
        usd(m.l2Usd),
        shareText(m.share, m.partial, m.l2s.length),
        String(m.l2s.length)
      ])
    },
    notes: [
      'L2 share = \u03A3 L2 / (Ethereum + \u03A3 L2). "\u2265" marks months where only some L2s are known (a lower bound); a missing Ethereum figure is unknown, never 0% or 100%.'
    ]
  };
}
function drawdowns(r) {
  return {
    id: "drawdowns",
    title: "Biggest drawdowns (peak to latest, USD)",
    lines: [
      `Protocols with a peak of at least ${usd(r.drawdowns.minPeakUsd)}; peak from daily history, latest from the newest source.`
    ],
    table: {
      head: ["Protocol", "Peak day", "Peak", "Latest day", "Latest", "Drawdown", "Trend"],
      rows: r.drawdowns.rows.map((d) => [
        protocolLabel(d.name, d.snapshotMembers),
        d.peakDay,
        usd(d.peakUsd),
        `${d.latestDay}${d.latestFrom === "snapshot" ? " (snapshot)" : ""}`,
        usd(d.latestUsd),
        `\u2212${pct(d.drawdown)}`,
        sparkline(d.monthly, 16)
      ])
    },
    notes: [
      "Drawdown in USD: part of a fall can be price, not outflows (see `faultline drawdown --denominate eth` once available)."
    ]
  };
}
function protocolLabel(name, members) {
  if (members.length < 2) return name;
  const shown = members.slice(0, 3).join(" + ");
  return `${name} (${shown}${members.length > 3 ? ` + ${members.length - 3} more` : ""})`;
}
function concentration(r) {
  return {
    id: "concentration",
    title: "Market concentration",
    lines: [],
    table: {
      head: ["Market", "As of", "Size", "Leader", "Leader share", "Top 3", "HHI", "NC \xBD", "NC \u2153", "N"],
      rows: r.concentration.map((c) => [
        c.market,
        c.asOf,
        c.basis.startsWith("BTC") ? btc(c.total) : usd(c.total),
        c.leader?.name ?? "\u2014",
        pct(c.leader?.share ?? null),
        pct(c.top3Share),
        `${int(c.hhi)} (${c.band})`,
        String(c.nakamoto50),
        String(c.nakamoto33),
        String(c.count)
      ])
    },
    notes: [
      "HHI = \u03A3 (100\xB7share)\xB2 on 0..10,000: < 1,000 unconcentrated, 1,000\u20131,800 moderate, > 1,800 high. NC \u03B8 = fewest participants holding more than \u03B8.",
      'Bitcoin staking "face value" counts wrapped BTC (LBTC, SolvBTC) and the Babylon stake behind it; "de-duplicated" counts each BTC once, where it is staked.'
    ]
  };
}
function l2Risks(r) {
  return {
    id: "l2-risks",
    title: `L2 risk (L2BEAT${r.l2Risks.asOf ? `, ~${r.l2Risks.asOf.slice(0, 7)}` : ""})`,
    lines: r.l2Risks.rows.length === 0 ? ["Not available for this date."] : [],
    table: {
      head: [
        "L2",
        "Type",
        "Stage",
        "State validation",
        "Data availability",
        "Exit window",
        "Sequencer failure",
        "Proposer failure",
        "TVS"
      ],
      rows: r.l2Risks.rows.map((l) => {
        const cell = (v) => `${v.value} [${v.sentiment}]`;
        return [
          l.name,
          l.category,
          l.stage,
          cell(l.rosette.stateValidation),
          cell(l.rosette.dataAvailability),
          cell(l.rosette.exitWindow),
          cell(l.rosette.sequencerFailure),
          cell(l.rosette.proposerFailure),
          usd(l.tvs.totalUsd)
        ];
      })
    },
    notes: ["Sentiments, best to worst: good < neutral < warning < bad < UnderReview."]
  };
}
function systems(r) {
  const { rows, exposure, btcPrice } = r.systems;
  const empty = rows.length === 0 ? ["No registry system is dated on or before this day."] : [];
  const tables = exposureTables(exposure);
  const priced = btcPrice ? `BTC valued at ${usd(btcPrice.usd)} (close of ${btcPrice.day}).` : "No BTC price stored.";
  return [
    {
      id: "l2-systems",
      title: "L2s under Faultline's evaluation (registry facts, L2BEAT's rules)",
      lines: empty,
      table: rows.length === 0 ? null : l2SystemTable(rows),
      notes: [
        ROSETTE_LEGEND,
        'Steal / Freeze / Censor: the fewest parties that must act together ("none": no set can; "unknown": the record does not say).',
        "Differs: where the evaluation disagrees with L2BEAT's published value; `faultline l2 --chain X` gives the reason."
      ]
    },
    {
      id: "btc-systems",
      title: "Bitcoin layers in one frame (bitcoinlayers.org tiers, collusion thresholds, exit)",
      lines: empty,
      table: rows.length === 0 ? null : btcLayerTable(rows),
      notes: [priced]
    },
    {
      id: "l2-exposure",
      title: "Value-weighted risk across L2s and Bitcoin layers",
      lines: rows.length === 0 ? empty : [
        `${usd(exposure.totalUsd)} on ${exposure.valued} systems with a value figure; without one: ${exposure.unvalued.join(", ") || "none"}.`,
        priced
      ],
      table: rows.length === 0 ? null : tables.weaknesses,
      notes: rows.length === 0 ? [] : [
        `Per DA layer: ${exposure.daLayers.map((d) => `${d.daLayer} ${usd(d.usd)} (${pct(d.share)})`).join("; ")}.`,
        "L2 values are L2BEAT TVS as published; Bitcoin-layer values are bitcoinlayers.org BTC locked; Babylon is its staked BTC. Dates differ by source."
      ]
    }
  ];
}
function btcLayers(r) {
  const rows = r.btcLayers.rows;
  const locked = rows.filter((l) => (l.btcLocked ?? 0) > 0);
  const total = locked.reduce((s, l) => s + (l.btcLocked ?? 0), 0);
  return {
    id: "btc-layers",
    title: `Bitcoin layers (bitcoinlayers.org${r.btcLayers.asOf ? `, ${r.btcLayers.asOf.slice(0, 7)}` : ""})`,
    lines: rows.length === 0 ? ["Not available for this date."] : [
      `${rows.length} layers reviewed; ${locked.length} with BTC locked, ${btc(total)} in all; ${rows.filter((l) => l.btcLocked === null).length} unknown.`
    ],
    table: {
      head: ["Layer", "Type", "BTC custody", "Data availability", "Operators", "Finality", "BTC locked"],
      rows: rows.filter((l) => l.btcLocked === null || l.btcLocked > 0).map((l) => [
        l.name,
        l.entityType,
        l.custody,
        l.dataAvailability,
        l.operators,
        l.finality,
        btc(l.btcLocked)
      ])
    },
    notes: [
      'Layers with 0 BTC locked are left out of the table; "unknown" means the review gives no figure.'
    ]
  };
}
function lending(r) {
  const l = r.lending;
  if (!l)
    return {
      id: "lending",
      title: "Lending: Aave v3",
      lines: ["Not available for this date."],
      table: null,
      notes: []
    };
  const s = l.summary;
  return {
    id: "lending",
    title: `Lending: ${l.market}, ${l.asOf}`,
    lines: [
      `${int(s.accounts)} accounts: debt ${usd(s.debtUsd)}, collateral ${usd(s.collateralUsd)} (collateral/debt ${pct(s.collateralUsd / s.debtUsd)}).`,
      `HF < 1: ${s.belowOneReported} as reported, ${s.belowOneEstimated} after re-applying e-mode to ${s.emodeApplied} accounts. ${s.noCollateral} accounts show debt with no collateral.`
    ],
    table: {
      head: [
        "Health factor",
        "Accounts (reported)",
        "Debt (reported)",
        "Accounts (e-mode est.)",
        "Debt (e-mode est.)"
      ],
      rows: HF_BUCKETS.map((b, i) => [
        b.label,
        int(s.reported[i]?.accounts ?? 0),
        usd(s.reported[i]?.debtUsd ?? 0),
        int(s.estimated[i]?.accounts ?? 0),
        usd(s.estimated[i]?.debtUsd ?? 0)
      ])
    },
    notes: [l.caveat]
  };
}
function watchlistSection(r) {
  const w = r.watchlist;
  return {
    id: "watchlist",
    title: "Watchlist: protocols on their way to becoming ghost towns",
    lines: [
      `${w.total} protocol(s) score below ${w.threshold}/100 on ${w.asOf ?? "no day"} (weights "${w.weights}", chosen by \`faultline backtest\` on 2021-2023); the worst ${w.entries.length} shown. Every score uses only data known that day.`
    ],
    table: w.entries.length === 0 ? null : {
      head: ["Protocol", "Category", "Score", "Band", "Why"],
      rows: w.entries.map((e) => [
        e.subject,
        e.category ?? "",
        `${e.score.toFixed(1)}/100`,
        e.band,
        e.drivers
      ])
    },
    notes: [
      "`faultline score --protocol P` shows every factor, its weight and its contribution; `faultline backtest` shows how early the score warned on past collapses."
    ]
  };
}
function lendingStress(r) {
  const stress = r.lending?.stress;
  if (!stress) return [];
  const v = stress.risk;
  return [
    {
      id: "lending-stress",
      title: `Lending stress: ${r.lending?.market} (Aave v3.3 rules)`,
      lines: [
        `One-day VaR 95% (insolvency): ${usd(v.var95)}; LaR 95% (collateral liquidated): ${usd(v.lar95)}; ${int(v.paths)} correlated paths, seed ${v.seed}.`
      ],
      table: stressTable(stress.results),
      notes: stress.assumptions
    }
  ];
}
function flags(r) {
  return {
    id: "quality",
    title: "Data-quality flags",
    lines: r.qualityFlags.length === 0 ? ["None."] : [],
    table: r.qualityFlags.length === 0 ? null : {
      head: ["Dataset", "Kind", "Subject", "Detail"],
      rows: r.qualityFlags.map((f) => [f.dataset, f.kind, f.subject, f.message])
    },
    notes: []
  };
}
function restaking(r) {
  const { file, lines, table, babylon } = r.restaking;
  return {
    id: "restaking",
    title: `Restaking security: slashable vs restaked (${file})`,
    lines: [...lines, ...babylon ?? ["Babylon: not imported."]],
    table,
    notes: [
      "Checked exactly (MODELS \xA76): a valid attack is a coalition whose corruption profit exceeds the stake it forfeits; \u03B3* is the least forfeited stake per unit of profit, minus 1.",
      "The network file is not dated by --as-of; `faultline restaking report FILE` checks another one."
    ]
  };
}
export {
  reportSections
};
