// src/sources/files/readRegistry.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { ValidationError } from "../../core/errors.js";
import { CHAINS } from "../../model/chains.js";
import { DA_LAYERS, SYSTEM_TYPES } from "../../model/system.js";
import { readJsonFile } from "./readJsonFile.js";
import { atMostMembers, l2Design, overMembers, RegistryDesign } from "./readL2Design.js";
var count = z.number().int().positive();
var name = z.string().min(1);
var seconds = z.number().int().nonnegative().nullable().optional();
var Party = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("single"), name }),
  z.strictObject({
    kind: z.literal("committee"),
    name,
    members: count.nullable(),
    threshold: count.nullable()
  }).refine(atMostMembers, overMembers),
  z.strictObject({ kind: z.literal("open"), name })
]);
var Custody = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("canonical") }),
  z.strictObject({ kind: z.literal("bitvm2"), signers: count.nullable(), operators: count.nullable() }),
  z.strictObject({ kind: z.literal("federation"), members: count.nullable(), threshold: count.nullable() }).refine(atMostMembers, overMembers),
  z.strictObject({
    kind: z.literal("threshold-signers"),
    members: count.nullable(),
    share: z.number().gt(0).lte(1)
  }),
  z.strictObject({ kind: z.literal("custodian"), name }),
  z.strictObject({ kind: z.literal("self-custody"), members: count, threshold: count }).refine(atMostMembers, overMembers)
]);
var RegistryFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes"),
  name,
  kind: z.enum(["ethereum-l2", "bitcoin-layer"]),
  chain: z.string().refine((c) => CHAINS.has(c), {
    message: "not a chain id of src/model/chains.ts (e.g. arbitrum, op-mainnet, stacks, babylon-genesis)"
  }),
  type: z.enum(SYSTEM_TYPES),
  stack: name.nullable(),
  daLayer: z.enum(DA_LAYERS),
  proofSystem: name.nullable(),
  asOf: z.iso.date(),
  l2beatId: name.nullable(),
  bitcoinlayersSlug: name.nullable(),
  btcStakingProtocol: name.nullable().default(null),
  design: RegistryDesign.nullable(),
  sequencer: Party,
  proposer: Party.nullable(),
  instantUpgrader: Party.nullable(),
  pauser: Party.nullable(),
  custody: Custody,
  delays: z.strictObject({
    forcedInclusionSeconds: seconds,
    settlementSeconds: seconds,
    withdrawalSeconds: seconds,
    unbondingSeconds: seconds
  }),
  notes: z.array(name).default([]),
  sources: z.array(z.strictObject({ about: name, url: z.url() })).min(1)
}).refine((s) => s.kind === "ethereum-l2" === (s.design !== null), {
  message: "an ethereum-l2 needs a design (the `l2 assess` format); a bitcoin-layer has none",
  path: ["design"]
}).refine((s) => s.kind === "ethereum-l2" === (s.custody.kind === "canonical"), {
  message: 'custody "canonical" is for ethereum-l2 systems only, and they all use it',
  path: ["custody", "kind"]
}).refine((s) => !s.design || s.design.dataAvailability === "onchain" === (s.daLayer === "ethereum"), {
  message: 'daLayer "ethereum" goes with design.dataAvailability "onchain", and only with it',
  path: ["daLayer"]
});
function readSystemFile(file) {
  const s = readJsonFile(file, RegistryFile);
  const expected = basename(file, ".json");
  if (s.id !== expected)
    throw new ValidationError(`id "${s.id}" differs from the file name "${expected}"`, {
      source: file,
      place: "id"
    });
  const delays = Object.fromEntries(Object.entries(s.delays).filter(([, v]) => v !== void 0));
  return { ...s, chain: s.chain, design: s.design ? l2Design(s.design) : null, delays };
}
function readRegistry(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ValidationError("registry folder not found (set FAULTLINE_REGISTRY or --registry)", {
      source: dir
    });
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new ValidationError("no registry files (*.json) found", { source: dir });
  return files.map((f) => readSystemFile(join(dir, f)));
}
export {
  RegistryFile,
  readRegistry,
  readSystemFile
};
