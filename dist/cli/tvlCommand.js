// src/cli/tvlCommand.ts
import { Option } from "commander";
import { DENOMINATIONS } from "../analytics/denominate.js";
import { tvlExplain } from "../app/tvlExplain.js";
import { tvlSeries } from "../app/tvlSeries.js";
import { EXTRA_SECTIONS } from "../model/normaliseChain.js";
import { tvlExplainView } from "../report/views/tvlExplainView.js";
import { tvlView } from "../report/views/tvlView.js";
import { formatOption, writeAnswer } from "./answer.js";
import { ensureData } from "./ensureData.js";
import { withApp } from "./withApp.js";
function registerTvl(program) {
  program.command("tvl").description("a daily TVL series under DefiLlama's exact rules (MODELS \xA71), or one day explained").option("--chain <chain>", "a chain (any spelling: zksync era, op, rsk, ...)").option("--protocol <protocol>", "a protocol by slug or name (a parent sums its products)").option("--category <category>", "a DefiLlama category (Lending, Dexs, ...)").option("--layer <layer>", "every chain of a layer: L1, L2, L3, sidechain, btc-layer").option("--sections <list>", `extra sections to add: ${EXTRA_SECTIONS.join(",")}`).option("--include <list>", "toggles: doublecounted,liquidstaking,bridge").addOption(new Option("--denominate <unit>", "unit").choices(DENOMINATIONS).default("usd")).option("--from <day>", "first UTC day shown").option("--to <day>", "last UTC day seen (later data is ignored)").addOption(formatOption()).option("--explain <day>", "break one day down into protocols, chains and sections").option("--include-flagged", "count points the data-quality rules kept out (see faultline quality)").action(
    ({ format, explain, ...parameters }) => withApp(program, async (app) => {
      await ensureData(app);
      if (explain !== void 0)
        writeAnswer(await tvlExplain(app, { ...parameters, explain }), format, tvlExplainView);
      else writeAnswer(await tvlSeries(app, parameters), format, tvlView);
    })
  );
}
export {
  registerTvl
};
