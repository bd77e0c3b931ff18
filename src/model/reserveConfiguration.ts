import type { ReserveConfiguration } from './chainMarket.ts';

/** Field → [first bit, width] of Aave v3's reserve configuration bitmap (`ReserveConfiguration.sol`). */
export const RESERVE_CONFIGURATION_LAYOUT = {
  ltvBps: [0, 16],
  liquidationThresholdBps: [16, 16],
  liquidationBonusBps: [32, 16],
  decimals: [48, 8],
  active: [56, 1],
  frozen: [57, 1],
  borrowingEnabled: [58, 1],
  stableBorrowingEnabled: [59, 1],
  paused: [60, 1],
  borrowableInIsolation: [61, 1],
  siloedBorrowing: [62, 1],
  flashLoanEnabled: [63, 1],
  reserveFactorBps: [64, 16],
  borrowCap: [80, 36],
  supplyCap: [116, 36],
  liquidationProtocolFeeBps: [152, 16],
  emodeCategory: [168, 8],
  unbackedMintCap: [176, 36],
  debtCeilingCents: [212, 40],
} as const satisfies Record<keyof ReserveConfiguration, readonly [number, number]>;

const field = (data: bigint, [start, width]: readonly [number, number]): bigint =>
  (data >> BigInt(start)) & ((1n << BigInt(width)) - 1n);

/**
 * Decodes a reserve's configuration bitmap (Pool.getConfiguration / getReserveData().configuration),
 * bit positions as in aave-v3-core `protocol/libraries/configuration/ReserveConfiguration.sol`
 * (`*_START_BIT_POSITION` and masks; the same layout through v3.3).
 * @example decodeReserveConfiguration((8300n << 16n) | 8050n) // { ltvBps: 8050, liquidationThresholdBps: 8300, ... }
 */
export function decodeReserveConfiguration(data: bigint): ReserveConfiguration {
  const out = {} as Record<keyof ReserveConfiguration, number | boolean>;
  for (const [name, place] of Object.entries(RESERVE_CONFIGURATION_LAYOUT) as [
    keyof ReserveConfiguration,
    readonly [number, number],
  ][]) {
    const value = field(data, place);
    out[name] = place[1] === 1 ? value === 1n : Number(value);
  }
  return out as ReserveConfiguration;
}
