import { normaliseChain } from '../../model/normaliseChain.ts';
import type { LoadTx } from '../../store/store.ts';

/**
 * Builds a temporary table `chain_map(raw, id)` from the distinct values of `stage.column`, through the
 * one chain normaliser, so SQL can join raw spellings to chain ids.
 */
export async function mapChains(tx: LoadTx, stage: string, column: string): Promise<void> {
  const raw = await tx.rows<{ raw: string }>(
    `SELECT DISTINCT "${column}" AS raw FROM ${stage} WHERE "${column}" IS NOT NULL`,
  );
  await tx.run('CREATE OR REPLACE TEMP TABLE chain_map (raw VARCHAR, id VARCHAR)');
  await tx.append(
    'chain_map',
    [
      ['raw', 'varchar'],
      ['id', 'varchar'],
    ],
    raw.map((r) => [r.raw, normaliseChain(r.raw)]),
  );
}
