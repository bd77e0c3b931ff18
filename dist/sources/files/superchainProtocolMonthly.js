// src/sources/files/superchainProtocolMonthly.ts
import { join } from "node:path";
import { slugify } from "../../model/protocol.js";
import { mapChains } from "./mapChains.js";
import { stageCsv } from "./stageCsv.js";
var superchainProtocolMonthly = {
  id: "defillama/superchain-protocol-monthly",
  title: "Superchain protocol TVL, monthly average",
  version: 1,
  files: (dir) => [join(dir, "defillama/superchain_protocol_monthly_tvl_2024-11_2025-02.csv")],
  tables: [{ table: "protocol_chain_tvl_monthly", dayColumn: "month" }],
  caveats: ["OP-Stack chains only; monthly averages, not month-end values."],
  async load(tx, [file]) {
    const f = file;
    const rows = await stageCsv(tx, f, {
      display_name: "text",
      chain: "text",
      amount: "nonNegative",
      sample_date: "day"
    });
    await mapChains(tx, "stage", "chain");
    const names = await tx.rows("SELECT DISTINCT display_name AS name FROM stage");
    await tx.run("CREATE OR REPLACE TEMP TABLE name_map (name VARCHAR, slug VARCHAR)");
    await tx.append(
      "name_map",
      [
        ["name", "varchar"],
        ["slug", "varchar"]
      ],
      names.map((n) => [n.name, slugify(n.name)])
    );
    await tx.run(
      `INSERT INTO protocol_chain_tvl_monthly SELECT 'defillama/superchain-protocol-monthly', n.slug, s.display_name, m.id,
         date_trunc('month', s.sample_date::DATE), arg_max(s.amount::DOUBLE, s.line)
       FROM stage s JOIN chain_map m ON m.raw = s.chain JOIN name_map n ON n.name = s.display_name GROUP BY ALL`
    );
    return { rowsByFile: /* @__PURE__ */ new Map([[f, rows]]), flags: [] };
  }
};
export {
  superchainProtocolMonthly
};
