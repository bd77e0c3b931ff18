// src/cli/btcLayersCommand.ts
import { Option } from "commander";
import { systemSummary } from "../analytics/l2Systems.js";
import { usd } from "../report/format.js";
import { btcLayerTable } from "../report/systemTables.js";
import { ensureData } from "./ensureData.js";
import { writeJson, writeTable } from "./output.js";
import { withApp } from "./withApp.js";
function registerBtcLayers(program) {
  program.command("btc-layers").description(
    "Bitcoin layers: bitcoinlayers.org's four tiers, who can steal, freeze or censor, and the worst-case exit"
  ).addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(
    (o) => withApp(program, async (app) => {
      await ensureData(app);
      const { systems, btcPrice } = await app.systems();
      const rows = systems.filter((s) => s.kind === "bitcoin-layer" || s.bitcoinlayers !== null).map(systemSummary);
      if (o.format === "json")
        return writeJson({ schema: "faultline.btc-layers/v1", btcPrice, layers: rows });
      const t = btcLayerTable(rows);
      writeTable(t.head, t.rows);
      process.stdout.write(
        `Tiers: bitcoinlayers.org (Low < Medium < High < VeryHigh). Steal / Freeze / Censor: fewest parties that must act together. BTC valued at ${btcPrice ? `${usd(btcPrice.usd)} (close of ${btcPrice.day})` : "no stored price"}.
`
      );
    })
  );
}
export {
  registerBtcLayers
};
