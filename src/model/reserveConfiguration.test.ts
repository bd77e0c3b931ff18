import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeReserveConfiguration, RESERVE_CONFIGURATION_LAYOUT } from './reserveConfiguration.ts';

describe(decodeReserveConfiguration.name, () => {
  it('reads each field where aave-v3-core ReserveConfiguration.sol puts it (Aave v3 Ethereum WETH, 2023-10-31)', () => {
    // Bit positions from ReserveConfiguration.sol: LTV 0, threshold 16, bonus 32, decimals 48, active 56,
    // frozen 57, borrowing 58, stable 59, paused 60, isolation-borrowable 61, siloed 62, flash loans 63,
    // reserve factor 64, borrow cap 80, supply cap 116, protocol fee 152, e-mode 168, unbacked cap 176,
    // debt ceiling 212. Values: the Aave v3 Ethereum WETH reserve in the 2023-10-31 config report.
    const data =
      8050n |
      (8300n << 16n) |
      (10500n << 32n) |
      (18n << 48n) |
      (1n << 56n) |
      (1n << 58n) |
      (1n << 63n) |
      (1500n << 64n) |
      (1_400_000n << 80n) |
      (1_800_000n << 116n) |
      (1000n << 152n) |
      (1n << 168n);
    assert.deepEqual(decodeReserveConfiguration(data), {
      ltvBps: 8050,
      liquidationThresholdBps: 8300,
      liquidationBonusBps: 10500,
      decimals: 18,
      active: true,
      frozen: false,
      borrowingEnabled: true,
      stableBorrowingEnabled: false,
      paused: false,
      borrowableInIsolation: false,
      siloedBorrowing: false,
      flashLoanEnabled: true,
      reserveFactorBps: 1500,
      borrowCap: 1_400_000,
      supplyCap: 1_800_000,
      liquidationProtocolFeeBps: 1000,
      emodeCategory: 1,
      unbackedMintCap: 0,
      debtCeilingCents: 0,
    });
  });

  it('keeps every field apart: any values packed at their positions come back unchanged', () => {
    const fields = Object.entries(RESERVE_CONFIGURATION_LAYOUT);
    fc.assert(
      fc.property(
        fc.tuple(...fields.map(([, [, width]]) => fc.bigInt({ min: 0n, max: (1n << BigInt(width)) - 1n }))),
        (values) => {
          let data = 0n;
          fields.forEach(([, [start]], i) => {
            data |= (values[i] as bigint) << BigInt(start);
          });
          const decoded = decodeReserveConfiguration(data) as Record<string, number | boolean>;
          fields.forEach(([name, [, width]], i) => {
            const want = width === 1 ? values[i] === 1n : Number(values[i]);
            assert.equal(decoded[name], want, name);
          });
        },
      ),
    );
  });
});
