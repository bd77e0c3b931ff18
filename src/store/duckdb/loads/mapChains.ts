import { parseChainKey } from '../../../model/normaliseChain.ts';
import type { SqlTx } from '../session.ts';

/**
 * Builds a temporary table `chain_map(raw, id, section)` from the distinct values of `stage.column`,
 * through the one chain-key parser: `Arbitrum-staking` → (`arbitrum`, `staking`), `vesting` → (`all`,
 * `vesting`), `zksync era` → (`zksync-era`, `tvl`). SQL joins raw keys to chain ids and sections.
 */
export async function mapChains(tx: SqlTx, stage: string, column: string): Promise<void> {
  const raw = await tx.rows<{ raw: string }>(
    `SELECT DISTINCT "${column}" AS raw FROM ${stage} WHERE "${column}" IS NOT NULL`,
  );
  await tx.run('CREATE OR REPLACE TEMP TABLE chain_map (raw VARCHAR, id VARCHAR, section VARCHAR)');
  await tx.append(
    'chain_map',
    [
      ['raw', 'varchar'],
      ['id', 'varchar'],
      ['section', 'varchar'],
    ],
    raw.map((r) => {
      const { chain, section } = parseChainKey(r.raw);
      return [r.raw, chain, section];
    }),
  );
}
