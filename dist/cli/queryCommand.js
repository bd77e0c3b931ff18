// src/cli/queryCommand.ts
import { Option } from "commander";
import { writeCsv, writeJson, writeTable } from "./output.js";
import { withApp } from "./withApp.js";
function registerQuery(program) {
  program.command("query").description("run read-only SQL over the store (writes are refused)").argument("<sql>", 'SQL to run, e.g. "SELECT * FROM chain_tvl_daily LIMIT 5"').addOption(
    new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table")
  ).action(
    (sql, options) => withApp(program, async (app) => {
      const { columns, rows } = await app.query(sql);
      if (options.format === "json") {
        writeJson(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))));
      } else if (options.format === "csv") {
        writeCsv(columns, rows);
      } else {
        writeTable(
          columns,
          rows.map(
            (r) => r.map((v) => v === null ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v))
          )
        );
      }
    })
  );
}
export {
  registerQuery
};
