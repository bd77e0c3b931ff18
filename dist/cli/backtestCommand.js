// src/cli/backtestCommand.ts
import { backtest } from "../app/backtest.js";
import { backtestView } from "../report/views/backtestView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerBacktest(program) {
  program.command("backtest").description("score every protocol monthly on history, compare with the collapses that followed").option("--from <day>", "first month scored", "2021-01-01").option("--to <day>", "last day scored (default: the last day of the stored daily history)").option(
    "--split <day>",
    "weights are chosen on the months before this day and judged on the rest",
    "2024-01-01"
  ).addOption(formatOption()).option("--json", "same as --format json").action(
    ({ format, json, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      const tty = process.stderr.isTTY;
      const result = await backtest(app, parameters, (done, total) => {
        if (tty) process.stderr.write(`\rscoring ${done}/${total} month \xD7 weight sets`);
      });
      if (tty) process.stderr.write("\n");
      writeAnswer(result, json ? "json" : format, backtestView);
    })
  );
}
export {
  registerBacktest
};
