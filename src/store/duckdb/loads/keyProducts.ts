import { ValidationError } from '../../../core/errors.ts';
import type { SqlTx } from '../session.ts';

/**
 * Adds `key` (the product's slug, from `products`: the file's `protocol` value → slug) to the staged
 * rows of `stage`; a product `products` does not name is refused with its line.
 */
export async function keyProducts(
  tx: SqlTx,
  file: string,
  products: Readonly<Record<string, string>>,
): Promise<void> {
  const names = Object.entries(products);
  const [unknown] = await tx.rows<{ line: number; protocol: string }>(
    `SELECT line, protocol FROM stage WHERE protocol NOT IN (${names.map(() => '?').join(', ')}) ORDER BY line LIMIT 1`,
    names.map(([raw]) => raw),
  );
  if (unknown)
    throw new ValidationError(
      `unknown product "${unknown.protocol}" (known: ${Object.keys(products).join(', ')})`,
      {
        source: file,
        place: `line ${unknown.line}`,
        field: 'protocol',
      },
    );
  await tx.run('ALTER TABLE stage ADD COLUMN key VARCHAR');
  await tx.run(
    `UPDATE stage SET key = CASE protocol ${names.map(() => 'WHEN ? THEN ?').join(' ')} END`,
    names.flat(),
  );
}
