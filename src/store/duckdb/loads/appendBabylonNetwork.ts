import type { BabylonNetworkRows } from '../../rowWrites.ts';
import type { SqlTx } from '../session.ts';

/**
 * Appends Babylon's parameters per version (satoshi, Bitcoin blocks), covenant committee and
 * finality-provider registry to `babylon_params`, `babylon_covenant_signers`, `babylon_finality_providers`.
 */
export async function appendBabylonNetwork(
  tx: SqlTx,
  dataset: string,
  { params, signers, providers }: BabylonNetworkRows,
): Promise<void> {
  await tx.append(
    'babylon_params',
    [
      ['dataset', 'varchar'],
      ['version', 'integer'],
      ['activation_height', 'bigint'],
      ['cap_height', 'bigint'],
      ['staking_cap_sat', 'bigint'],
      ['covenant_quorum', 'integer'],
      ['covenant_size', 'integer'],
      ['unbonding_blocks', 'integer'],
      ['unbonding_fee_sat', 'bigint'],
      ['min_stake_sat', 'bigint'],
      ['max_stake_sat', 'bigint'],
      ['min_time_blocks', 'integer'],
      ['max_time_blocks', 'integer'],
      ['confirmation_depth', 'integer'],
    ],
    params.map((v) => [
      dataset,
      v.version,
      v.activationHeight,
      v.capHeight,
      v.stakingCapSat,
      v.covenantQuorum,
      v.covenantSize,
      v.unbondingBlocks,
      v.unbondingFeeSat,
      v.minStakeSat,
      v.maxStakeSat,
      v.minTimeBlocks,
      v.maxTimeBlocks,
      v.confirmationDepth,
    ]),
  );
  await tx.append(
    'babylon_covenant_signers',
    [
      ['dataset', 'varchar'],
      ['pk', 'varchar'],
      ['name', 'varchar'],
    ],
    signers.map((s) => [dataset, s.pk, s.name]),
  );
  await tx.append(
    'babylon_finality_providers',
    [
      ['dataset', 'varchar'],
      ['moniker', 'varchar'],
      ['eots_pk', 'varchar'],
      ['commission', 'double'],
      ['website', 'varchar'],
      ['file', 'varchar'],
    ],
    providers.map((p) => [dataset, p.moniker, p.eotsPk, p.commission, p.website, p.file]),
  );
}
