// src/sources/files/mapChains.ts
import { parseChainKey } from "../../model/normaliseChain.js";
async function mapChains(tx, stage, column) {
  const raw = await tx.rows(
    `SELECT DISTINCT "${column}" AS raw FROM ${stage} WHERE "${column}" IS NOT NULL`
  );
  await tx.run("CREATE OR REPLACE TEMP TABLE chain_map (raw VARCHAR, id VARCHAR, section VARCHAR)");
  await tx.append(
    "chain_map",
    [
      ["raw", "varchar"],
      ["id", "varchar"],
      ["section", "varchar"]
    ],
    raw.map((r) => {
      const { chain, section } = parseChainKey(r.raw);
      return [r.raw, chain, section];
    })
  );
}
export {
  mapChains
};
