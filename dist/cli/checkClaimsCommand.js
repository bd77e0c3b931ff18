// src/cli/checkClaimsCommand.ts
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { checkClaims } from "../app/checkClaims.js";
import { ConfigError, UsageError, ValidationError } from "../core/errors.js";
import { checkClaimsView } from "../report/views/checkClaimsView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function readClaimsFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read claims file: ${err.code ?? err}`, {
      source: file
    });
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new UsageError(`not YAML or JSON: ${err.message.split("\n")[0]}`, { source: file });
  }
}
function registerCheckClaims(program) {
  program.command("check-claims").description("check an analyst's numeric claims (YAML or JSON) against the store").argument("<file>", "claims file, e.g. examples/seed-claims.yaml").addOption(formatOption()).option("--json", "same as --format json").action(
    (file, o) => withApp(program, async (app) => {
      const document = readClaimsFile(file);
      await ensureData(app);
      const result = await checkClaims(app, document, file).catch((err) => {
        if (err instanceof ValidationError && err.details.source === file)
          throw new UsageError(err.shortMessage, err.details, { cause: err });
        throw err;
      });
      writeAnswer(result, o.json ? "json" : o.format, checkClaimsView);
    })
  );
}
export {
  registerCheckClaims
};
