import { z } from 'zod';
import type { Day } from '../../core/day.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import type { Flag } from './dataset.ts';
import { readJsonFile } from './readJsonFile.ts';

const Reserve = z.looseObject({
  asset_address: z.string().min(1),
  symbol: z.string().min(1),
  decimals: z.number().int().min(0),
  borrowing_enabled: z.boolean(),
  liquidation_protocol_fee: z.number(),
  emode_category: z.number().int().min(0),
});

/** th3nolo/aave-v3-data `aave_v3_data.json`: every reserve of 13 Aave v3 networks on one day. */
export const AaveReserveSnapshot = z.looseObject({
  metadata: z.looseObject({ generated_at: z.string().regex(/^\d{4}-\d{2}-\d{2}T/) }),
  networks: z.record(z.string(), z.array(Reserve)),
});
export type AaveReserveSnapshot = z.infer<typeof AaveReserveSnapshot>;

/** A reserve's configuration from the snapshot, with mis-decoded fields left out (null). */
export type ReserveConfig = {
  market: string;
  chain: string;
  asset: string;
  symbol: string;
  asOf: Day;
  decimals: number;
  borrowingEnabled: boolean;
  /** Fraction of the liquidation bonus the protocol keeps; null where the source's value is out of range. */
  liquidationProtocolFee: number | null;
  /** Always null: see below. */
  emodeCategory: number | null;
};

/**
 * Reads the newest reserve snapshot. Two fields are decoded wrongly upstream and are not trusted: the
 * liquidation protocol fee must be ≤ 100% (PoolConfigurator.setLiquidationProtocolFee; the file has
 * values such as 6.45), and since Aave v3.2 the reserve configuration's bits 168–175, which upstream reads
 * as the e-mode category (values such as 172 and 244), are an unoccupied hole
 * (aave-dao/aave-v3-origin ReserveConfiguration.sol): the e-mode is not stored per reserve any more.
 */
export function parseAaveReserveSnapshot(file: string): { configs: ReserveConfig[]; flags: Flag[] } {
  const snapshot = readJsonFile(file, AaveReserveSnapshot);
  const asOf = snapshot.metadata.generated_at.slice(0, 10) as Day;
  const badFee: string[] = [];
  let emodes = 0;
  const configs = Object.entries(snapshot.networks).flatMap(([network, reserves]) =>
    reserves.map((r) => {
      const feeOk = r.liquidation_protocol_fee >= 0 && r.liquidation_protocol_fee <= 1;
      if (!feeOk) badFee.push(`${network}/${r.symbol} ${r.liquidation_protocol_fee}`);
      if (r.emode_category !== 0) emodes++;
      return {
        market: `aave-v3-${network}`,
        chain: normaliseChain(network),
        asset: r.asset_address.toLowerCase(),
        symbol: r.symbol,
        asOf,
        decimals: r.decimals,
        borrowingEnabled: r.borrowing_enabled,
        liquidationProtocolFee: feeOk ? r.liquidation_protocol_fee : null,
        emodeCategory: null,
      };
    }),
  );
  const flags: Flag[] = [];
  if (badFee.length > 0)
    flags.push({
      kind: 'out-of-range',
      excluded: true,
      subject: `liquidation_protocol_fee (${badFee.length} reserves)`,
      message: `${badFee.length} of ${configs.length} reserves give a liquidation protocol fee outside 0..1 (e.g. ${badFee.slice(0, 4).join(', ')}): mis-decoded upstream, stored as unknown`,
      file,
    });
  if (emodes > 0)
    flags.push({
      kind: 'mis-decoded-field',
      excluded: true,
      subject: `emode_category (${emodes} reserves)`,
      message: `${emodes} reserves give an e-mode category read from bits that Aave v3.2+ no longer uses (e.g. 172, 244): stored as unknown`,
      file,
    });
  return { configs, flags };
}
