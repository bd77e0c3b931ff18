// src/report/views/drawdownsView.ts
import { pct, usd } from "../format.js";
import { column } from "../view.js";
function drawdownsView(doc) {
  const unit = doc.unit === "usd" ? "usd" : doc.unit;
  return {
    id: "drawdowns",
    title: `Drawdowns from peak (peaks \u2265 ${usd(doc.minPeakUsd)})`,
    lines: [],
    tables: [
      {
        columns: [
          column("protocol", "text"),
          column("category", "text"),
          column(`peak (${doc.unit})`, unit, "peak"),
          column("peak day", "day", "peak_day"),
          column("latest", unit, "latest"),
          column("latest day", "day", "latest_day"),
          column("from", "text", "latest_from"),
          column("drawdown", "fraction"),
          column("days since peak", "count", "days_since_peak"),
          column("native drawdown", "fraction", "native_drawdown"),
          column("moved", "text"),
          column("inflows / price effect (USD)", "text", "flows")
        ],
        rows: doc.rows.map(row)
      }
    ],
    notes: [
      `${doc.rows.length} of ${doc.total} protocols shown. latest: the newer of the daily history and the protocol-list snapshot ("from" says which); native = ETH, or BTC for Bitcoin-side protocols, on the daily history.`
    ]
  };
}
function row(r) {
  const v = r.view;
  const flows = r.flows ? `${usd(r.flows.inflowsUsd)} / ${usd(r.flows.priceEffectUsd)} (tokens ${pct(r.flowCoverage, 0)} of TVL)` : null;
  return [
    `${r.name} (${r.id})`,
    r.category,
    v?.peak ?? null,
    v?.peakDay ?? null,
    v?.latest ?? null,
    v?.latestDay ?? null,
    r.latestFrom,
    v?.drawdown ?? null,
    v?.daysSincePeak ?? null,
    r.native?.drawdown ?? null,
    r.moved,
    flows
  ];
}
export {
  drawdownsView
};
