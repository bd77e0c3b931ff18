// src/cli/drawdownCommand.ts
import { Option } from "commander";
import { DENOMINATIONS } from "../analytics/denominate.js";
import { drawdowns } from "../app/drawdowns.js";
import { drawdownsView } from "../report/views/drawdownsView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerDrawdown(program) {
  program.command("drawdown").description(
    "protocols by fall from peak, in USD and ETH/BTC, with inflows vs price where tokens are stored"
  ).option("--top <n>", "rows to show", "20").option("--offset <n>", "rows to skip", "0").option("--keep <ids>", "protocols kept in the list whatever their rank (comma-separated)").option("--min-peak <usd>", "leave out protocols whose peak is below this (USD)", "10000000").option("--as-of <day>", "use only data up to this UTC day").addOption(
    new Option("--denominate <unit>", "unit the ranking uses").choices(DENOMINATIONS).default("usd")
  ).addOption(formatOption()).action(
    ({ format, top, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      writeAnswer(await drawdowns(app, { ...parameters, limit: top }), format, drawdownsView);
    })
  );
}
export {
  registerDrawdown
};
