// src/cli/qualityCommand.ts
import { Option } from "commander";
import { qualityFlags } from "../analytics/qualityFlags.js";
import { usd } from "../report/format.js";
import { numberOption } from "./options.js";
import { writeCsv, writeJson, writeTable } from "./output.js";
import { withApp } from "./withApp.js";
function registerQuality(program) {
  program.command("quality").description("data-quality flags: points kept out of totals, warnings, stale or unpriced sources").option("--protocol <slug>", "only flags of this protocol").option("--kind <kind>", "only flags of this kind (negative, held-spike, cliff, stale, unpriced, ...)").option("--excluded", "only points kept out of default totals").option("--limit <n>", "rows shown in text (0 = all)", "50").addOption(
    new Option("--format <format>", "output format").choices(["text", "json", "csv"]).default("text")
  ).action(
    (o) => withApp(program, async (app) => {
      const flags = await qualityFlags(await app.store(), {
        protocol: o.protocol,
        kind: o.kind,
        excluded: o.excluded === true
      });
      if (o.format === "json") return writeJson({ schema: "faultline.quality/v1", flags });
      const columns = ["dataset", "unit", "subject", "day", "kind", "counted", "value", "message"];
      const rows = (list, money) => list.map((f) => [
        f.dataset,
        f.unit,
        f.subject,
        f.day,
        f.kind,
        f.excluded ? "no" : "yes",
        f.usd === null ? null : money(f.usd),
        f.message
      ]);
      if (o.format === "csv")
        return writeCsv(
          columns,
          rows(flags, (v) => v)
        );
      const limit = numberOption(o.limit, "--limit", 50);
      const shown = limit > 0 ? flags.slice(0, limit) : flags;
      writeTable(columns, rows(shown, usd), false);
      const excluded = flags.filter((f) => f.excluded).length;
      process.stdout.write(
        `(${flags.length} flag(s), ${excluded} kept out of default totals${shown.length < flags.length ? `; first ${shown.length} shown, --limit 0 for all` : ""})
`
      );
    })
  );
}
export {
  registerQuality
};
