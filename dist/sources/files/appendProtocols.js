// src/sources/files/appendProtocols.ts
async function appendProtocols(tx, dataset, protocols) {
  await tx.append(
    "protocols",
    [
      ["dataset", "varchar"],
      ["slug", "varchar"],
      ["name", "varchar"],
      ["category", "varchar"],
      ["parent", "varchar"],
      ["url", "varchar"]
    ],
    protocols.map((p) => [dataset, p.slug, p.name, p.category, p.parent, p.url])
  );
}
export {
  appendProtocols
};
