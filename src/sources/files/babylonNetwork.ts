import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { readJsonFile } from './readJsonFile.ts';

const ID = 'babylon/bbn-1';
const Sat = z.number().int().nonnegative();

/** Babylon mainnet staking parameters per version (amounts in satoshi, times in Bitcoin blocks). */
export const GlobalParams = z.looseObject({
  versions: z
    .array(
      z.looseObject({
        version: z.number().int().nonnegative(),
        activation_height: Sat,
        cap_height: Sat.optional(),
        staking_cap: Sat.optional(),
        covenant_pks: z.array(z.string().regex(/^[0-9a-f]{66}$/, 'expected a 33-byte hex public key')).min(1),
        covenant_quorum: z.number().int().positive(),
        unbonding_time: z.number().int().positive(),
        unbonding_fee: Sat,
        max_staking_amount: Sat,
        min_staking_amount: Sat,
        max_staking_time: z.number().int().positive(),
        min_staking_time: z.number().int().positive(),
        confirmation_depth: z.number().int().positive(),
      }),
    )
    .min(1),
});
export const CovenantCommittee = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().min(1));
export const FinalityProvider = z.looseObject({
  description: z.looseObject({ moniker: z.string().min(1), website: z.string().nullish() }),
  eots_pk: z.string().regex(/^[0-9a-f]{64}$/, 'expected a 32-byte hex EOTS public key'),
  commission: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'expected a commission between 0 and 1'),
});

/** Babylon mainnet (bbn-1): staking parameters, covenant committee, finality-provider registry. */
export const babylonNetwork: Dataset = {
  id: ID,
  title: 'Babylon mainnet parameters and registries',
  version: 1,
  files: (dir) => [
    join(dir, 'babylon/parameters/global-params.json'),
    join(dir, 'babylon/covenant-committee/covenant-committee.json'),
    ...listFiles(join(dir, 'babylon/finality-providers/registry'), '.json'),
  ],
  tables: [
    { table: 'babylon_params', dayColumn: null },
    { table: 'babylon_covenant_signers', dayColumn: null },
    { table: 'babylon_finality_providers', dayColumn: null },
  ],
  caveats: ['Registry of finality providers only: no delegated stake per provider in this data.'],
  async load(tx, [paramsFile, covenantFile, ...providerFiles]) {
    const rowsByFile = new Map<string, number>();
    const { versions } = readJsonFile(paramsFile as string, GlobalParams);
    rowsByFile.set(paramsFile as string, versions.length);
    const signers = Object.entries(readJsonFile(covenantFile as string, CovenantCommittee));
    rowsByFile.set(covenantFile as string, signers.length);
    const providers = providerFiles.map((file) => {
      const p = readJsonFile(file, FinalityProvider);
      rowsByFile.set(file, 1);
      return {
        moniker: p.description.moniker,
        eotsPk: p.eots_pk,
        commission: Number(p.commission),
        website: p.description.website ?? null,
        file: basename(file),
      };
    });
    await tx.appendBabylonNetwork(ID, {
      params: versions.map((v) => ({
        version: v.version,
        activationHeight: v.activation_height,
        capHeight: v.cap_height ?? null,
        stakingCapSat: v.staking_cap ?? null,
        covenantQuorum: v.covenant_quorum,
        covenantSize: v.covenant_pks.length,
        unbondingBlocks: v.unbonding_time,
        unbondingFeeSat: v.unbonding_fee,
        minStakeSat: v.min_staking_amount,
        maxStakeSat: v.max_staking_amount,
        minTimeBlocks: v.min_staking_time,
        maxTimeBlocks: v.max_staking_time,
        confirmationDepth: v.confirmation_depth,
      })),
      signers: signers.map(([pk, name]) => ({ pk, name })),
      providers,
    });
    return { rowsByFile, flags: [] };
  },
};
