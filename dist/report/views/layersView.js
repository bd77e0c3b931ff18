// src/report/views/layersView.ts
import { chainInfo } from "../../model/normaliseChain.js";
import { btc, pct, shareText } from "../format.js";
import { column } from "../view.js";
function layersView(doc) {
  if (doc.parent === "Bitcoin") {
    const l = doc.layers;
    return {
      id: "layers",
      title: "Bitcoin staking and restaking, month end",
      lines: ["Each BTC counted once where it is staked (btc-staking/monthly)."],
      tables: [
        {
          columns: [
            column("month", "text"),
            column("BTC staked", "btc", "staked_btc"),
            column("circulating BTC (est.)", "btc", "circulating_btc"),
            column("penetration", "fraction", "penetration", 3)
          ],
          rows: doc.months.map((m) => [m.month, m.stakedBtc, m.circulatingBtc, m.penetration])
        }
      ],
      notes: l ? [
        `Bitcoin layers (bitcoinlayers.org, ${l.asOf}): ${btc(l.btcLocked)} locked across ${l.layers} layers = ${pct(l.penetration, 3)} of circulating BTC; largest: ${l.largest.map((x) => `${x.name} ${btc(x.btc)}`).join(", ")}`
      ] : []
    };
  }
  return {
    id: "layers",
    title: "Ethereum L1 vs its L2s (month-end TVL)",
    lines: [`L2 share: ${doc.share.note}.`],
    tables: [
      {
        columns: [
          column("month", "text"),
          column("Ethereum L1", "usd", "ethereum_usd"),
          column("L2s", "usd", "l2_usd"),
          column("L2 share", "text", "l2_share"),
          column("L2s counted", "count", "l2s_counted"),
          column("largest L2", "text", "largest_l2")
        ],
        rows: doc.months.map((m) => {
          const largest = Object.entries(m.byChain).sort((a, b) => b[1] - a[1])[0];
          return [
            m.month,
            m.ethereumUsd,
            m.l2Usd,
            shareText(m.share, m.partial, m.l2s.length),
            m.l2s.length,
            largest ? chainInfo(largest[0]).name : null
          ];
        })
      }
    ],
    notes: [
      'L2 share = \u03A3 L2 / (Ethereum + \u03A3 L2). "\u2265" marks months where only some L2s are known (a lower bound: a change in coverage, not a move); a missing Ethereum figure is unknown, never 0% or 100%.'
    ]
  };
}
export {
  layersView
};
