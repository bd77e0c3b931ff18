// src/app/chains.ts
import { z } from "zod";
import { CHAINS } from "../model/chains.js";
import { documentSchema } from "./document.js";
import { PageFields, PageParameters, page } from "./page.js";
import { parseParameters } from "./parameters.js";
var ChainsParameters = z.strictObject({
  layer: z.enum(["L1", "L2", "L3", "sidechain", "btc-layer"]).optional(),
  ...PageParameters
});
var ChainsResult = documentSchema("faultline.chains/v1", {
  ...PageFields,
  rows: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      layer: z.string(),
      parent: z.string().nullable(),
      stack: z.string().nullable(),
      da: z.string().nullable(),
      aliases: z.array(z.string())
    })
  )
});
async function chains(_app, parameters) {
  const p = parseParameters(ChainsParameters, parameters, "chains");
  const rows = [...CHAINS.values()].filter((c) => p.layer === void 0 || c.layer === p.layer).map((c) => ({ ...c, aliases: [...c.aliases] }));
  return {
    schema: "faultline.chains/v1",
    asOf: null,
    dataThrough: {},
    coverage: null,
    sources: [{ id: "registry", title: "Faultline chain taxonomy (src/model/chains.ts)", kind: "registry" }],
    ...page(rows, p)
  };
}
export {
  ChainsParameters,
  ChainsResult,
  chains
};
