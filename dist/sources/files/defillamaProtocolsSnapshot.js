// src/sources/files/defillamaProtocolsSnapshot.ts
import { basename, join } from "node:path";
import { z } from "zod";
import { slugify } from "../../model/protocol.js";
import { appendProtocolSnapshots } from "./appendProtocolSnapshots.js";
import { appendProtocols } from "./appendProtocols.js";
import { readJsonFile } from "./readJsonFile.js";
var ID = "defillama/protocols-snapshot";
var SnapshotEntry = z.looseObject({
  name: z.string().min(1),
  category: z.string().nullish(),
  tvl: z.number().nullish(),
  chains: z.array(z.string()).nullish(),
  oracles: z.array(z.string()).nullish(),
  url: z.string().nullish()
});
var Snapshot = z.array(SnapshotEntry).min(1);
var defillamaProtocolsSnapshot = {
  id: ID,
  title: "DefiLlama protocol list snapshot",
  version: 1,
  files: (dir) => [join(dir, "defillama/protocols_snapshot_2025-12-19.json")],
  tables: [
    { table: "protocol_snapshots", dayColumn: "day" },
    { table: "protocols", dayColumn: null }
  ],
  caveats: [
    "One day only (2025-12-19); slugs are blank upstream and derived from names (DefiLlama convention).",
    "Entries without a TVL are unknown, not zero."
  ],
  async load(tx, [file]) {
    const f = file;
    const entries = readJsonFile(f, Snapshot);
    const day = /(\d{4}-\d{2}-\d{2})/.exec(basename(f))?.[1] ?? "2025-12-19";
    const flags = [];
    const seen = /* @__PURE__ */ new Map();
    const rows = entries.map((e) => {
      let slug = slugify(e.name);
      const earlier = seen.get(slug);
      if (earlier !== void 0) {
        flags.push({
          kind: "duplicate-slug",
          subject: slug,
          message: `"${e.name}" and "${earlier}" share a slug; the second is kept as ${slug}~2`,
          file: f
        });
        slug = `${slug}~2`;
      }
      seen.set(slug, e.name);
      return { e, slug };
    });
    await appendProtocolSnapshots(
      tx,
      ID,
      day,
      rows.map(({ e, slug }) => ({
        slug,
        name: e.name,
        category: e.category ?? null,
        tvlUsd: e.tvl ?? null,
        chains: e.chains ?? [],
        oracles: e.oracles ?? []
      }))
    );
    await appendProtocols(
      tx,
      ID,
      rows.map(({ e, slug }) => ({
        slug,
        name: e.name,
        category: e.category ?? null,
        parent: null,
        url: e.url ?? null
      }))
    );
    const unknown = entries.filter((e) => e.tvl === null || e.tvl === void 0).length;
    if (unknown > 0) {
      flags.push({
        kind: "unknown-tvl",
        subject: `${unknown} protocols`,
        message: `${unknown} of ${entries.length} protocols list no TVL: shown as unknown, never as $0`,
        file: f
      });
    }
    return { rowsByFile: /* @__PURE__ */ new Map([[f, entries.length]]), flags };
  }
};
export {
  Snapshot,
  SnapshotEntry,
  defillamaProtocolsSnapshot
};
