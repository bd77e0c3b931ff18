// src/sources/files/babylonNetwork.ts
import { basename, join } from "node:path";
import { z } from "zod";
import { listFiles } from "./listFiles.js";
import { readJsonFile } from "./readJsonFile.js";
var ID = "babylon/bbn-1";
var Sat = z.number().int().nonnegative();
var GlobalParams = z.looseObject({
  versions: z.array(
    z.looseObject({
      version: z.number().int().nonnegative(),
      activation_height: Sat,
      cap_height: Sat.optional(),
      staking_cap: Sat.optional(),
      covenant_pks: z.array(z.string().regex(/^[0-9a-f]{66}$/, "expected a 33-byte hex public key")).min(1),
      covenant_quorum: z.number().int().positive(),
      unbonding_time: z.number().int().positive(),
      unbonding_fee: Sat,
      max_staking_amount: Sat,
      min_staking_amount: Sat,
      max_staking_time: z.number().int().positive(),
      min_staking_time: z.number().int().positive(),
      confirmation_depth: z.number().int().positive()
    })
  ).min(1)
});
var CovenantCommittee = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().min(1));
var FinalityProvider = z.looseObject({
  description: z.looseObject({ moniker: z.string().min(1), website: z.string().nullish() }),
  eots_pk: z.string().regex(/^[0-9a-f]{64}$/, "expected a 32-byte hex EOTS public key"),
  commission: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, "expected a commission between 0 and 1")
});
var babylonNetwork = {
  id: ID,
  title: "Babylon mainnet parameters and registries",
  version: 1,
  files: (dir) => [
    join(dir, "babylon/parameters/global-params.json"),
    join(dir, "babylon/covenant-committee/covenant-committee.json"),
    ...listFiles(join(dir, "babylon/finality-providers/registry"), ".json")
  ],
  tables: [
    { table: "babylon_params", dayColumn: null },
    { table: "babylon_covenant_signers", dayColumn: null },
    { table: "babylon_finality_providers", dayColumn: null }
  ],
  caveats: ["Registry of finality providers only: no delegated stake per provider in this data."],
  async load(tx, [paramsFile, covenantFile, ...providerFiles]) {
    const rowsByFile = /* @__PURE__ */ new Map();
    const { versions } = readJsonFile(paramsFile, GlobalParams);
    await tx.append(
      "babylon_params",
      [
        ["dataset", "varchar"],
        ["version", "integer"],
        ["activation_height", "bigint"],
        ["cap_height", "bigint"],
        ["staking_cap_sat", "bigint"],
        ["covenant_quorum", "integer"],
        ["covenant_size", "integer"],
        ["unbonding_blocks", "integer"],
        ["unbonding_fee_sat", "bigint"],
        ["min_stake_sat", "bigint"],
        ["max_stake_sat", "bigint"],
        ["min_time_blocks", "integer"],
        ["max_time_blocks", "integer"],
        ["confirmation_depth", "integer"]
      ],
      versions.map((v) => [
        ID,
        v.version,
        v.activation_height,
        v.cap_height ?? null,
        v.staking_cap ?? null,
        v.covenant_quorum,
        v.covenant_pks.length,
        v.unbonding_time,
        v.unbonding_fee,
        v.min_staking_amount,
        v.max_staking_amount,
        v.min_staking_time,
        v.max_staking_time,
        v.confirmation_depth
      ])
    );
    rowsByFile.set(paramsFile, versions.length);
    const signers = Object.entries(readJsonFile(covenantFile, CovenantCommittee));
    await tx.append(
      "babylon_covenant_signers",
      [
        ["dataset", "varchar"],
        ["pk", "varchar"],
        ["name", "varchar"]
      ],
      signers.map(([pk, name]) => [ID, pk, name])
    );
    rowsByFile.set(covenantFile, signers.length);
    const providers = providerFiles.map((file) => {
      const p = readJsonFile(file, FinalityProvider);
      rowsByFile.set(file, 1);
      return [
        ID,
        p.description.moniker,
        p.eots_pk,
        Number(p.commission),
        p.description.website ?? null,
        basename(file)
      ];
    });
    await tx.append(
      "babylon_finality_providers",
      [
        ["dataset", "varchar"],
        ["moniker", "varchar"],
        ["eots_pk", "varchar"],
        ["commission", "double"],
        ["website", "varchar"],
        ["file", "varchar"]
      ],
      providers
    );
    return { rowsByFile, flags: [] };
  }
};
export {
  CovenantCommittee,
  FinalityProvider,
  GlobalParams,
  babylonNetwork
};
