// src/cli/layersCommand.ts
import { Option } from "commander";
import { layers } from "../app/layers.js";
import { layersView } from "../report/views/layersView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerLayers(program) {
  program.command("layers").description(
    "value on Ethereum L1 and each L2 with the L2 share, or Bitcoin-side value in BTC and its penetration"
  ).addOption(
    new Option("--parent <chain>", "the settlement chain").choices(["Ethereum", "Bitcoin"]).default("Ethereum")
  ).option("--from <day>", "first month shown (a day in it)").option("--to <day>", "use only data up to this UTC day").addOption(formatOption()).action(
    ({ format, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      writeAnswer(await layers(app, parameters), format, layersView);
    })
  );
}
export {
  registerLayers
};
