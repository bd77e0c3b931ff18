// src/cli/highsCommand.ts
import { chainHighs } from "../app/chainHighs.js";
import { chainHighsView } from "../report/views/chainHighsView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerHighs(program) {
  program.command("highs").description("the days a chain's TVL set an N-day high (\u2265 the max of the N days before)").requiredOption("--chain <chain>", "a chain (any spelling)").option("--window <days>", "N, in days", "90").option("--from <day>", "first UTC day listed").option("--as-of <day>", "use only data up to this UTC day").addOption(formatOption()).action(
    ({ format, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      writeAnswer(await chainHighs(app, parameters), format, chainHighsView);
    })
  );
}
export {
  registerHighs
};
