// src/report/systemTables.ts
import { collusionText } from "../risk/l2/systemRisk.js";
import { btc, pct, usd } from "./format.js";
var LETTER = {
  good: "G",
  neutral: "N",
  warning: "W",
  bad: "B",
  UnderReview: "U"
};
var ROSETTE_LEGEND = "Rosette letters in L2BEAT order (state validation, DA, exit window, sequencer failure, proposer failure): G good, N neutral, W warning, B bad, U under review.";
var letters = (sentiments) => sentiments.map((s) => LETTER[s] ?? "?").join(" ");
var valueText = (s) => s.value ? `${usd(s.value.usd)}${s.value.btc !== null ? ` (${btc(s.value.btc)})` : ""}` : "unknown";
function valueSourceText(value) {
  return value ? `${usd(value.usd)} (${value.source}, ${value.asOf})` : "unknown";
}
function l2SystemTable(rows) {
  return {
    head: [
      "L2",
      "Type",
      "Stage",
      "L2BEAT stage",
      "Rosette",
      "L2BEAT rosette",
      "Exit window",
      "Steal",
      "Freeze",
      "Censor",
      "Worst-case exit",
      "Value (TVS)",
      "Differs"
    ],
    rows: rows.filter((s) => s.kind === "ethereum-l2").map((s) => [
      s.name,
      s.type,
      s.stage ?? "\u2014",
      s.l2beatStage ?? "\u2014",
      letters(s.rosette?.map((r) => r.sentiment) ?? []),
      s.rosette?.every((r) => r.l2beat) ? letters(s.rosette.map((r) => r.l2beat?.sentiment ?? "")) : "\u2014",
      s.exitWindow?.value ?? "\u2014",
      collusionText(s.steal),
      collusionText(s.freeze),
      collusionText(s.censor),
      s.exitLatency.text,
      valueText(s),
      s.disagreements.length === 0 ? "" : s.disagreements.map((d) => d.subject).join(", ")
    ])
  };
}
function btcLayerTable(rows) {
  return {
    head: [
      "Layer",
      "Type",
      "BTC custody",
      "DA",
      "Operators",
      "Finality",
      "Custody model",
      "Steal",
      "Freeze",
      "Censor",
      "Worst-case exit",
      "Value"
    ],
    rows: rows.filter((s) => s.kind === "bitcoin-layer" || s.bitcoinlayers !== null).map((s) => [
      s.name,
      s.type,
      s.bitcoinlayers?.custody ?? "\u2014",
      s.bitcoinlayers?.dataAvailability ?? "\u2014",
      s.bitcoinlayers?.operators ?? "\u2014",
      s.bitcoinlayers?.finality ?? "\u2014",
      s.custody,
      collusionText(s.steal),
      collusionText(s.freeze),
      collusionText(s.censor),
      s.exitLatency.text,
      valueText(s)
    ])
  };
}
function exposureTables(e) {
  return {
    weaknesses: {
      head: ["Weakness", "Value", "Share of valued", "Systems", "Without a value figure"],
      rows: e.buckets.map((b) => [
        b.label,
        usd(b.usd),
        pct(b.share),
        b.systems.join(", ") || "\u2014",
        b.unvalued.join(", ") || "\u2014"
      ])
    },
    daLayers: {
      head: ["DA layer", "Value secured", "Share of valued", "Systems"],
      rows: e.daLayers.map((d) => [d.daLayer, usd(d.usd), pct(d.share), d.systems.join(", ")])
    }
  };
}
export {
  ROSETTE_LEGEND,
  btcLayerTable,
  exposureTables,
  l2SystemTable,
  valueSourceText
};
