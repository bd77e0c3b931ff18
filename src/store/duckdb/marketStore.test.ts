import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import type { EvmAddress, MarketSnapshot } from '../../model/chainMarket.ts';
import { decodeReserveConfiguration } from '../../model/reserveConfiguration.ts';
import type { Store } from '../store.ts';
import { createDuckDbStore } from './duckdbStore.ts';

const A = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as EvmAddress;
const RAY = 10n ** 27n;

/** A two-reserve snapshot with values past 2⁶⁴ and 2¹²⁸ where the chain has them (indexes, bitmaps). */
function snapshot(block: number, accounts: number): MarketSnapshot {
  const config = 8050n | (8300n << 16n) | (10500n << 32n) | (18n << 48n) | (1n << 56n) | (1n << 168n);
  const reserve = (i: number) => ({
    asset: A(100 + i),
    symbol: i === 0 ? 'WETH' : 'USDC',
    id: i,
    aToken: A(200 + i),
    stableDebtToken: A(300 + i),
    variableDebtToken: A(400 + i),
    interestRateStrategy: A(500 + i),
    configurationRaw: config,
    configuration: decodeReserveConfiguration(config),
    liquidityIndex: RAY + 123_456_789_012_345_678_901n,
    variableBorrowIndex: RAY + 987_654_321n,
    liquidityRate: 31_000_000_000_000_000_000_000_000n,
    variableBorrowRate: 45_000_000_000_000_000_000_000_000n,
    stableBorrowRate: 0n,
    lastUpdateTimestamp: 1_700_000_000 + i,
    accruedToTreasuryScaled: 7n,
    unbacked: 0n,
    isolationModeTotalDebt: 0n,
    totalSupplied: 10n ** 30n,
    totalVariableDebt: 4n * 10n ** 29n,
    totalStableDebt: 0n,
    availableLiquidity: 6n * 10n ** 29n,
    strategy:
      i === 0
        ? null
        : {
            optimalUsageRatio: 9n * 10n ** 26n,
            baseVariableBorrowRate: 0n,
            variableRateSlope1: 4n * 10n ** 25n,
            variableRateSlope2: 6n * 10n ** 26n,
          },
  });
  return {
    market: 'test-market',
    chainId: 31337,
    provider: A(1),
    pool: A(2),
    oracle: A(3),
    block,
    blockTimestamp: 1_700_000_100,
    day: '2023-11-14' as Day,
    baseCurrencyUnit: 10n ** 8n,
    reserves: [reserve(0), reserve(1)],
    prices: [
      {
        asset: A(100),
        price: 181_685_499_606n,
        source: A(600),
        feed: {
          decimals: 8,
          description: 'ETH / USD',
          roundId: (1n << 80n) - 1n,
          answer: 181_685_499_606n,
          updatedAt: 1_699_990_000,
          heartbeatSeconds: 3600,
          ageSeconds: 10_100,
          stale: true,
        },
        problem: 'feed is stale',
      },
      { asset: A(101), price: null, source: null, feed: null, problem: 'AaveOracle.getAssetPrice reverted' },
    ],
    emodes: [
      {
        id: 1,
        label: 'ETH correlated',
        ltvBps: 9000,
        liquidationThresholdBps: 9300,
        liquidationBonusBps: 10100,
        priceSource: A(0),
        sourcePrice: null,
      },
    ],
    sentinel: {
      address: A(7),
      sequencerOracle: A(8),
      gracePeriodSeconds: 3600,
      sequencerUp: false,
      sequencerUpdatedAt: 1_700_000_000,
      borrowAllowed: false,
      liquidationAllowed: false,
    },
    accounts: Array.from({ length: accounts }, (_, k) => ({
      address: A(10_000 + k),
      emodeCategory: k % 2,
      userConfiguration: (1n << 255n) | 3n,
      positions: [
        {
          asset: A(100),
          scaledATokenBalance: 10n ** 25n + BigInt(k),
          scaledVariableDebt: 0n,
          stableDebt: null,
        },
        {
          asset: A(101),
          scaledATokenBalance: 0n,
          scaledVariableDebt: 5n * 10n ** 9n,
          stableDebt: k === 0 ? { principal: 9n, rate: RAY / 10n, updatedAt: 1_690_000_000 } : null,
        },
      ],
      accountData:
        k === 1
          ? null
          : {
              totalCollateralBase: 1n,
              totalDebtBase: 2n,
              availableBorrowsBase: 3n,
              currentLiquidationThreshold: 8300n,
              ltv: 8050n,
              healthFactor: (1n << 256n) - 1n,
            },
      accountDataBlock: block,
    })),
    scannedFrom: 0,
  };
}

describe('DuckDB market store', () => {
  let store: Store;
  before(async () => {
    store = await createDuckDbStore(join(mkdtempSync(join(tmpdir(), 'faultline-market-')), 'm.duckdb'));
    await store.migrate();
  });
  after(() => store.close());

  it('gives back exactly the snapshot it stored, uint256 values included', async () => {
    const written = snapshot(100, 3);
    await store.writeMarketSnapshot(written);
    assert.deepEqual(await store.marketSnapshot('test-market'), written);
  });

  it('reads the newest snapshot at or before a block, and lists every snapshot', async () => {
    await store.writeMarketSnapshot(snapshot(200, 4));
    assert.equal((await store.marketSnapshot('test-market'))?.block, 200);
    assert.equal((await store.marketSnapshot('test-market', 199))?.block, 100);
    assert.equal(await store.marketSnapshot('test-market', 99), null);
    assert.deepEqual(
      (await store.marketSnapshots()).map((s) => [s.block, s.accounts, s.reserves, s.day]),
      [
        [200, 4, 2, '2023-11-14'],
        [100, 3, 2, '2023-11-14'],
      ],
    );
  });

  it('stores nothing of a snapshot that fails half-way, and keeps the one it was replacing', async () => {
    const broken = snapshot(200, 5);
    (broken.accounts[4] as { positions: unknown[] }).positions.push({
      asset: null,
      scaledATokenBalance: 1n,
      scaledVariableDebt: 0n,
      stableDebt: null,
    });
    await assert.rejects(store.writeMarketSnapshot(broken));
    const kept = await store.marketSnapshot('test-market', 200);
    assert.equal(kept?.accounts.length, 4);
    assert.deepEqual(kept, snapshot(200, 4));
  });

  it('saves the account scan range by range, merging what each range found', async () => {
    const scan = { market: 'test-market', provider: A(1), pool: A(2), fromBlock: 0 };
    assert.equal(await store.marketScan('test-market'), null);
    await store.saveMarketScan(
      { ...scan, scannedTo: 99 },
      new Map([
        [A(10), new Set([A(100)])],
        [A(11), new Set<EvmAddress>()],
      ]),
    );
    await store.saveMarketScan({ ...scan, scannedTo: 199 }, new Map([[A(10), new Set([A(100), A(101)])]]));
    const got = await store.marketScan('test-market');
    assert.equal(got?.scannedTo, 199);
    assert.deepEqual(Object.fromEntries(got?.lastSeen ?? []), { [A(10)]: 199, [A(11)]: 99 });
    assert.deepEqual([...(got?.touched ?? [])].map(([a, s]) => [a, [...s].sort()]).sort(), [
      [A(10), [A(100), A(101)]],
      [A(11), []],
    ]);
  });
});
