// src/report/views/concentrationView.ts
import { btc, int, pct, usd } from "../format.js";
import { column } from "../view.js";
var isBtc = (m) => m.basis.startsWith("BTC");
function concentrationView(doc, top = 10) {
  return doc.markets.map((m) => ({
    id: "concentration",
    title: `${m.market} as of ${m.asOf}`,
    lines: [
      `${m.market} as of ${m.asOf}: ${m.count} participants, total ${isBtc(m) ? btc(m.total) : usd(m.total)}`,
      `basis: ${m.basis} [${m.dataset}]`,
      `HHI ${int(m.hhi)} (${m.band}); top-3 share ${pct(m.top3Share)}; Nakamoto coefficient ${m.nakamoto50} at 1/2, ${m.nakamoto33} at 1/3`
    ],
    tables: [
      {
        columns: [
          column("market", "text"),
          column("participant", "text"),
          column("value", isBtc(m) ? "btc" : "usd"),
          column("share", "fraction")
        ],
        rows: m.participants.slice(0, top).map((x) => [m.market, x.name, x.value, x.share])
      }
    ],
    notes: []
  }));
}
function concentrationSummaryView(markets) {
  return {
    id: "concentration",
    title: "Market concentration",
    lines: [],
    tables: [
      {
        columns: [
          column("Market", "text"),
          column("As of", "text", "as_of"),
          column("Size", "text"),
          column("Leader", "text"),
          column("Leader share", "fraction", "leader_share"),
          column("Top 3", "fraction", "top3_share"),
          column("HHI", "count"),
          column("Band", "text"),
          column("NC \xBD", "count", "nakamoto50"),
          column("NC \u2153", "count", "nakamoto33"),
          column("N", "count", "count")
        ],
        rows: markets.map((c) => [
          c.market,
          c.asOf,
          isBtc(c) ? btc(c.total) : usd(c.total),
          c.leader?.name ?? null,
          c.leader?.share ?? null,
          c.top3Share,
          c.hhi,
          c.band,
          c.nakamoto50,
          c.nakamoto33,
          c.count
        ])
      }
    ],
    notes: [
      "HHI = \u03A3 (100\xB7share)\xB2 on 0..10,000: < 1,000 unconcentrated, 1,000\u20131,800 moderate, > 1,800 high. NC \u03B8 = fewest participants holding more than \u03B8.",
      'Bitcoin staking "face value" counts wrapped BTC (LBTC, SolvBTC) and the Babylon stake behind it; "de-duplicated" counts each BTC once, where it is staked.'
    ]
  };
}
export {
  concentrationSummaryView,
  concentrationView
};
