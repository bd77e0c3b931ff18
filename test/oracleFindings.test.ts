import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QualityResult, quality } from '../src/app/quality.ts';
import { ScoreResult, score } from '../src/app/score.ts';
import type { Day } from '../src/core/day.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import type { EvmAddress, MarketSnapshot } from '../src/model/chainMarket.ts';
import { decodeReserveConfiguration } from '../src/model/reserveConfiguration.ts';
import { feedViolations } from '../src/risk/oracle/feedViolations.ts';
import { readChainlinkRounds } from '../src/sources/files/chainlinkRounds.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { appOnStore } from './helpers/appOnStore.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

// Chainlink's semantics the findings rest on (see src/risk/oracle/oracleStaleness.test.ts for the rule):
// a proxy's round id is `phaseId << 64 | aggregatorRoundId` (smartcontractkit/chainlink @ 130c884c,
// contracts/src/v0.6/AggregatorProxy.sol, addPhase / parseIds), and the OCR aggregator's getRoundData
// returns `transmission.timestamp` as updatedAt, 0 for a round never transmitted (smartcontractkit/libocr
// @ 0a5e2f90, contract/OffchainAggregator.sol, getRoundData). The round with `update = 0` in the USD files
// is 6 << 64 | 0: phase 6's aggregator round 0, which no report ever filled. A broken row, not a gap.
const ETH_USD = '0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419';
const BTC_USD = '0xf4030086522a5beea4988f8ca5b36dbc97bee88c';
const ETH_USD_FILE = 'oracles/chainlink/eth_usd_0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419.csv';
const READ_AT = 1_739_188_800; // 2025-02-10T12:00:00Z
const A = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as EvmAddress;

/** A market stored under Aave v3's name, read on 2025-02-10: WETH's ETH/USD feed 7,320 s old, WBTC's BTC/USD 3,700 s. */
function aaveRead(): MarketSnapshot {
  const reserve = (i: number, symbol: string) => ({
    asset: A(100 + i),
    symbol,
    id: i,
    aToken: A(200 + i),
    stableDebtToken: A(300 + i),
    variableDebtToken: A(400 + i),
    interestRateStrategy: A(500 + i),
    configurationRaw: 8050n | (8300n << 16n) | (10500n << 32n) | (18n << 48n) | (1n << 56n),
    configuration: decodeReserveConfiguration(
      8050n | (8300n << 16n) | (10500n << 32n) | (18n << 48n) | (1n << 56n),
    ),
    liquidityIndex: 10n ** 27n,
    variableBorrowIndex: 10n ** 27n,
    liquidityRate: 0n,
    variableBorrowRate: 0n,
    stableBorrowRate: 0n,
    lastUpdateTimestamp: READ_AT,
    accruedToTreasuryScaled: 0n,
    unbacked: 0n,
    isolationModeTotalDebt: 0n,
    totalSupplied: 10n ** 18n,
    totalVariableDebt: 0n,
    totalStableDebt: 0n,
    availableLiquidity: 10n ** 18n,
    strategy: null,
  });
  const price = (i: number, feed: string, description: string, age: number) => ({
    asset: A(100 + i),
    price: 2_600_00000000n,
    source: feed as EvmAddress,
    feed: {
      decimals: 8,
      description,
      roundId: 129_127_208_515_966_880_000n + BigInt(i),
      answer: 2_600_00000000n,
      updatedAt: READ_AT - age,
      heartbeatSeconds: 3600,
      ageSeconds: age,
      stale: age > 3600,
    },
    problem: age > 3600 ? `feed ${feed} (${description}) is stale` : null,
  });
  return {
    market: 'aave-v3',
    chainId: 1,
    provider: A(1),
    pool: A(2),
    oracle: A(3),
    block: 21_812_345,
    blockTimestamp: READ_AT,
    day: '2025-02-10' as Day,
    baseCurrencyUnit: 10n ** 8n,
    reserves: [reserve(0, 'WETH'), reserve(1, 'WBTC')],
    prices: [price(0, ETH_USD, 'ETH / USD', 7320), price(1, BTC_USD, 'BTC / USD', 3700)],
    emodes: [],
    sentinel: null,
    accounts: [],
    scannedFrom: 0,
  };
}

describe('oracle findings in the quality document and the sustainability score', () => {
  let store: Store;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'oracle.duckdb'));
    await store.migrate();
    const wanted = DATASETS.filter((d) =>
      [
        'oracles/chainlink-rounds',
        'defillama/protocol-chain-tvl-daily',
        'defillama/protocols-snapshot',
      ].includes(d.id),
    );
    assert.deepEqual((await importDatasets({ store, dataDir: REAL_DATA, datasets: wanted })).failed, []);
  });
  after(() => store.close());

  it("shows the USD files' update = 0 round as a broken row apart, never as a stale feed", async () => {
    const doc = QualityResult.parse(await quality(appOnStore(store), { limit: 5000 }));
    const broken = doc.flags.filter((f) => f.kind === 'oracle-no-data');
    assert.deepEqual(broken.map((f) => f.subject).sort(), [
      `BTC / USD (${BTC_USD})`,
      `ETH / USD (${ETH_USD})`,
    ]);
    const round = (6n << 64n).toString();
    assert.equal(round, '110680464442257309696');
    for (const f of broken) {
      assert.equal(f.counted, false);
      assert.equal(f.day, null, 'a round with no time has no day');
      assert.match(f.message, new RegExp(`round ${round} has no data \\(updatedAt = 0\\)`));
    }
    assert.ok(!doc.flags.some((f) => f.kind === 'stale-oracle' && f.message.includes(round)));
    assert.ok(
      doc.sources.some((s) => s.id === 'oracles/chainlink-rounds'),
      'the findings name their dataset',
    );
    assert.equal(doc.dataThrough['oracles/chainlink-rounds'], '2024-01-29');
  });

  it('counts ETH/USD heartbeat overruns with their days: 1,328 past 3,600 s, none past the 120 s grace; 61 deviation jumps dated', async () => {
    // Vectors computed independently (Python csv module over the file, rounds in id order).
    const read = readChainlinkRounds(join(REAL_DATA, ETH_USD_FILE));
    const strict = feedViolations(
      read.rounds,
      { pair: 'ETH / USD', heartbeatSeconds: 3600, deviation: 0.005 },
      {
        graceSeconds: 0,
      },
    );
    const overruns = strict.violations.filter((v) => v.kind === 'heartbeat');
    assert.equal(overruns.length, 1328);
    const days = new Set(overruns.map((v) => new Date(v.at * 1000).toISOString().slice(0, 10)));
    assert.equal(days.size, 293);
    assert.deepEqual(
      overruns
        .filter((v) => v.gapSeconds === 3720)
        .map((v) => [v.roundId?.toString(), new Date(v.at * 1000).toISOString().slice(0, 10)]),
      [
        ['110680464442257314648', '2023-08-28'],
        ['110680464442257315901', '2023-10-07'],
      ],
    );
    const doc = await quality(appOnStore(store), { limit: 5000 });
    const ethUsd = doc.flags.filter((f) => f.subject === `ETH / USD (${ETH_USD})`);
    assert.equal(
      ethUsd.filter((f) => f.kind === 'stale-oracle').length,
      0,
      'every overrun is within the latency grace',
    );
    const jumps = ethUsd.filter((f) => f.kind === 'oracle-deviation');
    assert.equal(jumps.length, 61);
    assert.equal(jumps[0]?.day, '2023-04-14');
    assert.equal(jumps.at(-1)?.day, '2024-01-09');
    const largest = jumps.find((f) => f.message.includes('round 110680464442257314262'));
    assert.equal(largest?.day, '2023-08-17');
    assert.match(
      largest?.message ?? '',
      /^ETH \/ USD moved 3\.28% in one update \(6\.6× its 0\.5% deviation threshold\)/,
    );
    assert.equal(largest?.file, ETH_USD_FILE);
    assert.ok(
      jumps.every((f) => f.counted && f.source === 'oracles/chainlink-rounds' && f.scope === 'point'),
    );
  });

  it('flags a market read past heartbeat + grace, dated and named, and the score of the protocol relying on it shows it; a day before does not', async () => {
    await store.writeMarketSnapshot(aaveRead());
    const app = appOnStore(store);
    const q = QualityResult.parse(await quality(app, { kind: 'stale-oracle' }));
    assert.deepEqual(
      q.flags.map((f) => [f.source, f.origin, f.day, f.subject, f.ingestUnit]),
      [['chain/aave-v3', 'live', '2025-02-10', `ETH / USD (${ETH_USD}), the WETH price`, 'market:aave-v3']],
      'the BTC/USD read 3,700 s old is stale to the reader, but within the 120 s grace',
    );
    assert.equal(
      q.flags[0]?.message,
      'ETH / USD was 7,320 s old when read on 2025-02-10 (2.03× its 3,600 s heartbeat; grace 120 s), latest round 129127208515966880000; block 21812345',
    );
    assert.equal(q.dataThrough['chain/aave-v3'], '2025-02-10');

    const on = ScoreResult.parse(await score(app, { protocol: 'aave-v3', asOf: '2025-02-10' }));
    const factor = on.factors.find((f) => f.id === 'oracleStaleness');
    assert.equal(factor?.value, 1);
    assert.equal(factor?.risk, 1 / 3);
    assert.ok((factor?.contribution ?? 0) > 0);
    assert.match(
      factor?.detail ?? '',
      new RegExp(
        `^1 stale finding in 90 days; longest: ETH / USD \\(${ETH_USD}\\) 7,320 s without an update = 2\\.03× its 3,600 s heartbeat, on 2025-02-10 \\(round 129127208515966880000\\), source chain/aave-v3; relied on because .*, and its market aave-v3 \\(chain snapshot\\) prices with its feeds$`,
      ),
    );
    assert.equal(on.dataThrough['chain/aave-v3'], '2025-02-10', 'the market read is a source of the score');
    assert.ok(on.sources.some((x) => x.id === 'chain/aave-v3' && x.kind === 'live'));
    const before = ScoreResult.parse(await score(app, { protocol: 'aave-v3', asOf: '2025-02-09' }));
    assert.ok(
      !before.sources.some((x) => x.id === 'chain/aave-v3'),
      'a read after the day is not a source of it',
    );
    const earlier = before.factors.find((f) => f.id === 'oracleStaleness');
    assert.equal(earlier?.value, null, 'no feed observed in the 90 days to 2025-02-09: unknown, not on time');
    assert.ok(before.unknown.includes('oracleStaleness'));
  });

  it('on a day the rounds cover, a protocol naming Chainlink on Ethereum is on time; one that does not is unknown', async () => {
    const app = appOnStore(store);
    const aave = ScoreResult.parse(await score(app, { protocol: 'aave-v3', asOf: '2023-06-01' }));
    const f = aave.factors.find((x) => x.id === 'oracleStaleness');
    assert.equal(f?.value, 0);
    assert.match(
      f?.detail ?? '',
      /^on time: BTC \/ USD, ETH \/ USD, stETH \/ ETH observed in the 90 days to 2023-06-01 \(oracles\/chainlink-rounds\).*DefiLlama's protocol list of 2025-12-19 names Chainlink among the oracles of Aave V3 and Ethereum among its chains, and its market aave-v3 \(chain snapshot\) prices with its feeds$/,
    );
    assert.ok(aave.sources.some((s) => s.id === 'oracles/chainlink-rounds'));
    const curve = ScoreResult.parse(await score(app, { protocol: 'curve-dex', asOf: '2023-06-01' }));
    assert.equal(
      curve.factors.find((x) => x.id === 'oracleStaleness')?.value,
      null,
      'its listed oracles are none',
    );
  });
});
