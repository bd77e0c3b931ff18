import type { LoadTx } from '../../store/store.ts';

/** A protocol as one dataset lists it, for the `protocols` table. */
export type ProtocolRow = {
  slug: string;
  name: string;
  category: string | null;
  parent: string | null;
  url: string | null;
};

/** Appends a dataset's protocols to the `protocols` table. */
export async function appendProtocols(
  tx: LoadTx,
  dataset: string,
  protocols: readonly ProtocolRow[],
): Promise<void> {
  await tx.append(
    'protocols',
    [
      ['dataset', 'varchar'],
      ['slug', 'varchar'],
      ['name', 'varchar'],
      ['category', 'varchar'],
      ['parent', 'varchar'],
      ['url', 'varchar'],
    ],
    protocols.map((p) => [dataset, p.slug, p.name, p.category, p.parent, p.url]),
  );
}
