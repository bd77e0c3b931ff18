// src/cli/reportCommand.ts
import { Option } from "commander";
import { report as buildReport } from "../app/report.js";
import { FaultlineError } from "../core/errors.js";
import { renderHtml } from "../report/render/renderHtml.js";
import { renderJson } from "../report/render/renderJson.js";
import { renderMarkdown } from "../report/render/renderMarkdown.js";
import { renderText } from "../report/render/renderText.js";
import { ensureData } from "./ensureData.js";
import { dayOption } from "./options.js";
import { withApp } from "./withApp.js";
function registerReport(program) {
  program.command("report").description("print the ecosystem report (imports the data folder first if it changed)").addOption(
    new Option("--format <format>", "output format").choices(["text", "md", "json", "html"]).default("text")
  ).option("--as-of <day>", "use only data up to this UTC day (YYYY-MM-DD)").action(
    (options) => withApp(program, async (app) => {
      const asOf = dayOption(options.asOf, "--as-of");
      const failed = await ensureData(app, false);
      const report = await buildReport(app, asOf);
      const render = {
        text: () => renderText(report, { color: Boolean(process.stdout.isTTY) }),
        md: () => renderMarkdown(report),
        json: () => renderJson(report),
        html: () => renderHtml(report)
      };
      process.stdout.write(render[options.format]());
      if (failed.length > 0)
        throw new FaultlineError(
          `the report omits ${failed.length} dataset(s) that failed to import: ${failed.join(", ")}`
        );
    })
  );
}
export {
  registerReport
};
