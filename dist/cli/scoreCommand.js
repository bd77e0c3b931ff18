// src/cli/scoreCommand.ts
import { score } from "../app/score.js";
import { watchlist } from "../app/watchlist.js";
import { scoreView, watchlistView } from "../report/views/scoreView.js";
import { WATCH_THRESHOLD } from "../risk/sustainability/factors.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerScore(program) {
  program.command("score").description(
    "sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers"
  ).option("--protocol <p>", "a protocol by slug or name").option("--chain <c>", "a chain").option(
    "--as-of <day>",
    "use only data up to this UTC day (default: the last day of the stored daily history)"
  ).addOption(formatOption()).option("--json", "same as --format json").action(
    ({ format, json, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      writeAnswer(await score(app, parameters), json ? "json" : format, scoreView);
    })
  );
  program.command("watchlist").description("every protocol scoring below the watch threshold, worst first, from data known on --as-of").option(
    "--as-of <day>",
    "use only data up to this UTC day (default: the last day of the stored daily history)"
  ).option("--threshold <n>", "watch threshold, 0-100", String(WATCH_THRESHOLD)).addOption(formatOption()).option("--json", "same as --format json").action(
    ({ format, json, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      writeAnswer(await watchlist(app, parameters), json ? "json" : format, (d) => watchlistView(d));
    })
  );
}
export {
  registerScore
};
