// src/ingest/defillama/pricesUnit.ts
import { addDays, dayFromUnix, daysBetween } from "../../core/day.js";
import { getPriceChart } from "../../sources/defillama/getPriceChart.js";
import { checkpointOf, UNCHANGED } from "../ingestUnit.js";
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from "./defillamaDataset.js";
var PRICED_ASSETS = { ETH: "coingecko:ethereum", BTC: "coingecko:bitcoin" };
var FIRST_DAY = "2019-11-01";
var SPAN_DAYS = 365;
function pricesUnit(coins, asset) {
  const id = `prices:${asset}`;
  const coin = PRICED_ASSETS[asset];
  return {
    id,
    async run(ctx) {
      const last = (await ctx.exclusive((s) => s.lastDays("prices_daily", "asset"))).get(asset);
      let from = last ? addDays(last, 1) : ctx.since ?? FIRST_DAY;
      if (ctx.since && from < ctx.since) from = ctx.since;
      const rows = [];
      const flags = [];
      let bytes = 0;
      while (from <= ctx.until) {
        const span = Math.min(SPAN_DAYS, daysBetween(from, ctx.until) + 1);
        const response = await getPriceChart(coins, [coin], Date.parse(`${from}T00:00:00Z`) / 1e3, span);
        if (response.status !== "ok") break;
        bytes += response.bytes;
        const series = response.data.coins[coin];
        for (const p of series?.prices ?? []) {
          const day = dayFromUnix(p.timestamp);
          if (day < from || day > ctx.until) continue;
          if ((series?.confidence ?? 1) < 0.5) {
            flags.push({
              dataset: DEFILLAMA_DATASET,
              unit: id,
              subject: asset,
              day,
              kind: "low-confidence-price",
              excluded: true,
              usd: p.price,
              message: `${asset} price confidence ${series?.confidence} < 0.5: not stored`
            });
          } else rows.push([DEFILLAMA_DATASET, asset, day, null, null, null, p.price, null]);
        }
        from = addDays(from, span);
      }
      if (rows.length === 0 && flags.length === 0 && ctx.checkpoint?.targetDay === ctx.until)
        return UNCHANGED;
      const unique = [...new Map(rows.map((r) => [r[2], r])).values()];
      await ctx.commit({
        checkpoint: {
          ...checkpointOf(DEFILLAMA_SOURCE, id, ctx),
          newestDay: unique.at(-1)?.[2] ?? last ?? null
        },
        flags,
        async write(tx) {
          if (unique.length === 0) return;
          await tx.append(
            "prices_daily",
            [
              ["dataset", "varchar"],
              ["asset", "varchar"],
              ["day", "date"],
              ["open_usd", "double"],
              ["high_usd", "double"],
              ["low_usd", "double"],
              ["close_usd", "double"],
              ["volume", "double"]
            ],
            unique
          );
        }
      });
      return { ...UNCHANGED, status: "written", bytes, newPoints: unique.length, excluded: flags.length };
    }
  };
}
export {
  PRICED_ASSETS,
  pricesUnit
};
