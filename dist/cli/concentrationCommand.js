// src/cli/concentrationCommand.ts
import { Option } from "commander";
import { concentration } from "../app/concentration.js";
import { concentrationView } from "../report/views/concentrationView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { numberOption } from "./options.js";
import { withApp } from "./withApp.js";
function registerConcentration(program) {
  program.command("concentration").description(
    "how concentrated a market is: shares, HHI (band), top-3 share, Nakamoto coefficients at 1/2 and 1/3"
  ).option("--category <category>", "a DefiLlama category (Restaking, Lending, ...)").addOption(new Option("--market <market>", "a market").choices(["l2", "btc-staking"])).option("--chain <chain>", "the protocols on one chain").option("--as-of <day>", "use only data up to this UTC day").option("--top <n>", "participants listed (text, csv, md)", "10").addOption(formatOption()).action(
    ({ format, top, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      const shown = numberOption(top, "--top", 10);
      writeAnswer(await concentration(app, parameters), format, (d) => concentrationView(d, shown));
    })
  );
}
export {
  registerConcentration
};
