// src/sources/files/appendProtocolSnapshots.ts
async function appendProtocolSnapshots(tx, dataset, day, rows) {
  await tx.append(
    "protocol_snapshots",
    [
      ["dataset", "varchar"],
      ["day", "date"],
      ["slug", "varchar"],
      ["name", "varchar"],
      ["category", "varchar"],
      ["tvl_usd", "double"],
      ["chains", "varchar[]"],
      ["oracles", "varchar[]"]
    ],
    rows.map((r) => [dataset, day, r.slug, r.name, r.category, r.tvlUsd, r.chains, r.oracles])
  );
}
export {
  appendProtocolSnapshots
};
