import type { ProtocolRow } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's protocols to `protocols`. */
export async function appendProtocols(
  tx: SqlTx,
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
