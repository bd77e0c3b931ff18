/**
 * Faultline's chain-read lending market against the real Aave v3 contracts: `@aave/core-v3` 1.19.3
 * (Aave v3.0.x bytecode) on anvil, configured from the Aave v3 Ethereum config report of 2023-10-31,
 * 300 seeded accounts. References: aave-v3-core GenericLogic.calculateUserAccountData,
 * LiquidationLogic.executeLiquidationCall / _calculateAvailableCollateralToLiquidate,
 * ValidationLogic.validateLiquidationCall, PriceOracleSentinel (the package's own sources, node_modules).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Address, getAddress, parseAbi } from 'viem';
import { chainMarketBook } from '../src/analytics/chainMarketBook.ts';
import { chainWindDown } from '../src/analytics/chainWindDown.ts';
import { marketWindDown } from '../src/app/market/marketWindDown.ts';
import { type ReadMarketParameters, readMarket } from '../src/app/market/readMarket.ts';
import { SourceError, ValidationError } from '../src/core/errors.ts';
import type { EvmAddress, MarketSnapshot } from '../src/model/chainMarket.ts';
import { accountHealth } from '../src/risk/lending/accountHealth.ts';
import { exactAccountData } from '../src/risk/lending/exactAccountData.ts';
import { exactLiquidation } from '../src/risk/lending/exactLiquidation.ts';
import { exactMarket } from '../src/risk/lending/exactMarket.ts';
import { runStress } from '../src/risk/lending/liquidationCascade.ts';
import { shockScenario } from '../src/risk/lending/shockScenario.ts';
import { feedViolations } from '../src/risk/oracle/feedViolations.ts';
import { type ChainReader, createChainReader } from '../src/sources/chain/chainReader.ts';
import { readFeedRounds } from '../src/sources/chain/readFeedRounds.ts';
import { readMarketState } from '../src/sources/chain/readMarketState.ts';
import { createHostLimits } from '../src/sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../src/sources/http/httpClient.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { sendInOneBlock, tx } from './helpers/aaveAnvil/anvilClient.ts';
import { A } from './helpers/aaveAnvil/deployMarket.ts';
import {
  fundLiquidator,
  type LiquidationCallSpec,
  largestPair,
  liquidateInOneBlock,
} from './helpers/aaveAnvil/liquidations.ts';
import { type AaveAnvil, startAaveAnvil } from './helpers/aaveAnvil.ts';
import { tempDir } from './helpers/dataDir.ts';
import { startRpcFaultProxy } from './helpers/rpcFaultProxy.ts';

const WAD = 10n ** 18n;
const LIQUIDATOR: Address = '0x000000000000000000000000000000000000dEaD';
const poolAbi = parseAbi(['function withdraw(address asset, uint256 amount, address to) returns (uint256)']);

describe('a lending market read from the chain, checked against the real Aave v3 contracts', () => {
  let aave: AaveAnvil;
  let store: Store;
  let snap: MarketSnapshot;
  const reader = (url = aave.anvil.url, retries = 2): ChainReader =>
    createChainReader(url, {
      ...DEFAULT_HTTP,
      retries,
      backoff: { baseMs: 10, maxMs: 50 },
      limiter: createHostLimits({ concurrency: 4, ratePerSecond: 100_000 }),
    });
  /** Every feed's heartbeat given per feed, as a user would for feeds the known table lacks. */
  const heartbeats = () => Object.fromEntries([...aave.market.reserves.values()].map((r) => [r.feed, 3600]));
  const read = (market: string, extra: Partial<ReadMarketParameters> = {}, on = reader()) =>
    readMarket(
      { store, reader: on },
      {
        provider: aave.market.provider,
        market,
        heartbeats: heartbeats(),
        fromBlock: Number(aave.market.deployBlock),
        ...extra,
      },
    );
  const stored = async (market: string) => {
    const s = await store.marketSnapshot(market);
    assert.ok(s, `a snapshot of ${market}`);
    return s;
  };
  /** Runs `work` on a copy of the chain's state, restored afterwards. */
  const isolated = async (work: () => Promise<void>) => {
    const id = await aave.client.snapshot();
    try {
      await work();
    } finally {
      await aave.client.revert({ id });
    }
  };
  const reserve = (symbol: string) => {
    const r = aave.market.reserves.get(symbol);
    assert.ok(r, symbol);
    return r;
  };
  /** WETH's feed moved to 60% of its price, as its keepers would post it. */
  const moveWeth = async () => {
    const weth = reserve('WETH');
    await sendInOneBlock(aave.client, [
      tx(aave.market.admin, weth.feed, A.feed.abi, 'updateAnswer', [
        (weth.params.oracleLatestAnswer * 6n) / 10n,
      ]),
    ]);
  };
  const nextTimestamp = async () =>
    Number((await aave.client.getBlock({ blockTag: 'latest' })).timestamp) + 12;
  /**
   * A liquidator bot: block after block, liquidates every account whose health factor (Faultline's exact
   * one, which equals the pool's) is under 1, on its largest collateral and debt, until nothing goes
   * through (reading the market before each block and once more at the end).
   */
  const liquidateEverything = async (market: string) => {
    for (let round = 0; round < 12; round++) {
      await read(market);
      const now = await stored(market);
      const T = await nextTimestamp();
      const exact = exactMarket(now, { timestamp: T });
      const calls = now.accounts.flatMap((a) => {
        const d = exactAccountData(exact, a);
        const pair = d && d.healthFactor < WAD && d.totalCollateralBase > 0n ? largestPair(exact, a) : null;
        return pair ? [pair] : [];
      });
      const outcomes = await liquidateInOneBlock(aave.client, aave.market, LIQUIDATOR, calls, T);
      if (![...outcomes.values()].some((o) => o.ok)) break;
    }
    await read(market);
  };

  before(async () => {
    aave = await startAaveAnvil({ accounts: 300 });
    store = await createDuckDbStore(join(tempDir(), 'chain.duckdb'));
    await store.migrate();
    await fundLiquidator(aave.client, aave.market, LIQUIDATOR);
    await read('anvil');
    snap = await stored('anvil');
  });
  after(async () => {
    store?.close();
    await aave?.stop();
  });

  it('reads every reserve as the config report set it, and every seeded account', () => {
    for (const r of aave.market.reserves.values()) {
      const got = snap.reserves.find((x) => x.asset === r.asset);
      assert.ok(got, r.symbol);
      const c = got.configuration;
      const p = r.params;
      assert.deepEqual(
        [
          c.ltvBps,
          c.liquidationThresholdBps,
          c.liquidationBonusBps,
          c.liquidationProtocolFeeBps,
          c.reserveFactorBps,
        ],
        [p.ltv, p.liquidationThreshold, p.liquidationBonus, p.liquidationProtocolFee, p.reserveFactor],
        r.symbol,
      );
      assert.deepEqual(
        [c.supplyCap, c.borrowCap, c.debtCeilingCents, c.emodeCategory, c.borrowableInIsolation, c.decimals],
        [p.supplyCap, p.borrowCap, p.debtCeiling, p.eModeCategory, p.isBorrowableInIsolation, p.decimals],
        r.symbol,
      );
      assert.equal(c.active && !c.frozen && !c.paused, true);
      const price = snap.prices.find((x) => x.asset === r.asset);
      assert.equal(price?.price, p.oracleLatestAnswer, r.symbol);
      assert.equal(price?.source, getAddress(r.feed));
      assert.equal(price?.feed?.stale, false, `${r.symbol}: posted after the accrual`);
    }
    assert.deepEqual(
      snap.emodes.map((e) => [e.id, e.ltvBps, e.liquidationThresholdBps, e.liquidationBonusBps]),
      [[1, 9000, 9300, 10100]],
    );
    assert.equal(snap.sentinel?.sequencerUp, true);
    const seeded = aave.accounts.filter((a) => a.supplied.length > 0).map((a) => a.address);
    assert.deepEqual(snap.accounts.map((a) => a.address).sort(), [...seeded].sort());
    const isolatedIds = new Set(
      snap.reserves.filter((r) => r.configuration.debtCeilingCents > 0).map((r) => r.id),
    );
    const collaterals = (a: (typeof snap.accounts)[number]) =>
      snap.reserves.filter((r) => (a.userConfiguration >> BigInt(2 * r.id + 1)) & 1n);
    assert.ok(snap.accounts.filter((a) => a.emodeCategory === 1).length >= 30, 'accounts in e-mode');
    assert.ok(
      snap.accounts.filter((a) => collaterals(a).some((r) => isolatedIds.has(r.id))).length >= 20,
      'isolated accounts',
    );
    assert.ok(
      snap.accounts.filter(
        (a) => collaterals(a).length >= 2 && a.positions.filter((p) => p.scaledVariableDebt > 0n).length >= 2,
      ).length >= 20,
      'accounts with several collaterals and several debts',
    );
  });

  it('gives every account the health factor Pool.getUserAccountData gives it (to the wei, so within 1e-9)', () => {
    const market = exactMarket(snap);
    const book = chainMarketBook(snap);
    let borrowers = 0;
    for (const a of snap.accounts) {
      const mine = exactAccountData(market, a);
      assert.ok(mine && a.accountData, a.address);
      assert.equal(mine.healthFactor, a.accountData.healthFactor, a.address);
      assert.equal(mine.totalCollateralBase, a.accountData.totalCollateralBase, a.address);
      assert.equal(mine.totalDebtBase, a.accountData.totalDebtBase, a.address);
      if (a.accountData.totalDebtBase === 0n) continue;
      borrowers++;
      // The float engine (stress, VaR) sums collateral × threshold exactly; Aave truncates the average
      // threshold to whole bps, so the two differ by up to 1/threshold_bps (~1.4e-4).
      const position = book.accounts.find((p) => p.id === a.address);
      assert.ok(position, a.address);
      const float = accountHealth(position, book.emodeCategories).healthFactor;
      const chain = Number(a.accountData.healthFactor) / 1e18;
      assert.ok(Math.abs(float / chain - 1) < 2e-4, `${a.address}: ${float} vs ${chain}`);
    }
    assert.ok(borrowers >= 200, `${borrowers} borrowers`);
    assert.equal(book.accounts.length, borrowers);
  });

  it('after WETH −40%, liquidates exactly the accounts Faultline says, moving exactly its amounts', async () => {
    await isolated(async () => {
      await moveWeth();
      await read('anvil-liq');
      const after = await stored('anvil-liq');
      const T = await nextTimestamp();
      const market = exactMarket(after, { timestamp: T });
      const calls: LiquidationCallSpec[] = [];
      const predicted = new Map<EvmAddress, ReturnType<typeof exactLiquidation>>();
      for (const a of after.accounts) {
        const pair = largestPair(market, a);
        if (!pair) continue;
        calls.push(pair);
        predicted.set(a.address, exactLiquidation(market, a, pair.collateral, pair.debt, 2n ** 256n - 1n));
      }
      const outcomes = await liquidateInOneBlock(aave.client, aave.market, LIQUIDATOR, calls, T);
      let liquidated = 0;
      for (const c of calls) {
        const want = predicted.get(c.user);
        const got = outcomes.get(c.user);
        assert.equal(
          got?.ok,
          want?.ok,
          `${c.user}: Faultline says ${want?.ok ? 'liquidatable' : `not (${want && !want.ok ? want.reason : ''})`}`,
        );
        if (!want?.ok || !got?.ok) continue;
        liquidated++;
        assert.equal(got.debtToCover, want.debtToCover, `${c.user} debtToCover`);
        assert.equal(got.debtPaid, want.debtToCover, `${c.user} debt paid in`);
        assert.equal(got.liquidatedCollateral, want.collateralToLiquidator, `${c.user} collateral`);
        assert.equal(got.received, want.collateralToLiquidator, `${c.user} collateral received`);
        assert.equal(got.protocolFee, want.protocolFee, `${c.user} protocol fee`);
      }
      assert.ok(liquidated >= 10, `${liquidated} liquidations`);
      assert.ok(calls.length - liquidated >= 100, 'and many that must revert');
    });
  });

  it('predicts the bad debt left once every liquidatable account is liquidated (within 0.1%)', async () => {
    await isolated(async () => {
      await moveWeth();
      await read('anvil-bad');
      const book = chainMarketBook(await stored('anvil-bad'));
      const predicted = runStress(book, { ...shockScenario('as read', {}, []), follows: {} }, '3.0');
      await liquidateEverything('anvil-bad');
      const end = await stored('anvil-bad');
      const market = exactMarket(end);
      let badDebt = 0;
      for (const a of end.accounts) {
        const d = exactAccountData(market, a);
        assert.ok(d);
        assert.ok(
          !(d.healthFactor < WAD && d.totalCollateralBase > 0n),
          `${a.address} is still liquidatable`,
        );
        if (d.totalDebtBase > d.totalCollateralBase)
          badDebt += Number(d.totalDebtBase - d.totalCollateralBase) / 1e8;
      }
      assert.ok(badDebt > 1000, `bad debt on chain: $${badDebt}`);
      assert.ok(
        Math.abs(predicted.badDebtUsd / badDebt - 1) < 1e-3,
        `predicted $${predicted.badDebtUsd}, chain $${badDebt}`,
      );
    });
  });

  it('at 100% utilisation a withdraw reverts where the wind-down says stuck, and succeeds for what it says is free', async () => {
    await isolated(async () => {
      const usdc = reserve('USDC');
      const wbtc = reserve('WBTC');
      const whale: Address = '0x00000000000000000000000000000000000B0b00';
      const lp = aave.accounts.find((a) => a.kind === 'liquidity')?.address as Address;
      const held = async () =>
        (await aave.client.readContract({
          address: usdc.asset,
          abi: A.erc20.abi,
          functionName: 'balanceOf',
          args: [usdc.aToken],
        })) as bigint;
      await sendInOneBlock(aave.client, [
        tx(aave.market.admin, aave.market.pool, A.pool.abi, 'supply', [
          wbtc.asset,
          3000n * 10n ** 8n,
          whale,
          0,
        ]),
      ]);
      const free = 1000n * 10n ** 6n;
      await sendInOneBlock(aave.client, [
        tx(whale, aave.market.pool, A.pool.abi, 'borrow', [usdc.asset, (await held()) - free, 2n, 0, whale]),
      ]);
      const withdraw = (amount: bigint) =>
        aave.client.simulateContract({
          account: lp,
          address: aave.market.pool,
          abi: poolAbi,
          functionName: 'withdraw',
          args: [usdc.asset, amount, lp],
        });
      const windDownUsdc = async () => {
        await read('anvil-wd');
        const w = await marketWindDown(
          { store },
          { market: 'anvil-wd', repayRatePerDay: 0.01, horizonDays: 365 },
        );
        const row = w.reserves.find((r) => r.asset === 'USDC');
        const input = chainWindDown(await stored('anvil-wd')).reserves.find((r) => r.asset === 'USDC');
        assert.ok(row && input);
        return { row, freeUnits: BigInt(Math.round((row.withdrawableNowUsd / input.price) * 1e6)), input };
      };
      const nearlyDrained = await windDownUsdc();
      assert.equal(nearlyDrained.freeUnits, free, 'the wind-down says 1,000 USDC can leave now');
      await withdraw(nearlyDrained.freeUnits);
      await assert.rejects(withdraw(nearlyDrained.freeUnits + 1n), 'one unit more is stuck');

      await sendInOneBlock(aave.client, [
        tx(whale, aave.market.pool, A.pool.abi, 'borrow', [usdc.asset, await held(), 2n, 0, whale]),
      ]);
      const drained = await windDownUsdc();
      assert.equal(drained.freeUnits, 0n);
      assert.equal(drained.row.utilization, 1);
      assert.ok(
        Math.abs(drained.row.stuckUsd / (drained.input.supplied * drained.input.price) - 1) < 1e-12,
        'all of it is stuck',
      );
      await assert.rejects(withdraw(1n));
      assert.ok(
        drained.row.borrowRateWhenDrained > 0.5,
        `the rate once drained: ${drained.row.borrowRateWhenDrained}`,
      );
    });
  });

  it('flags a feed left older than its heartbeat as stale, naming it, read live and from its rounds', async () => {
    await isolated(async () => {
      const wbtc = reserve('WBTC');
      const [roundId, answer] = (await aave.client.readContract({
        address: wbtc.feed,
        abi: A.feed.abi,
        functionName: 'latestRoundData',
      })) as readonly bigint[];
      const old = (await nextTimestamp()) - 3700;
      await sendInOneBlock(aave.client, [
        tx(aave.market.admin, wbtc.feed, A.feed.abi, 'updateRoundData', [
          (roundId ?? 0n) + 1n,
          answer,
          BigInt(old),
          BigInt(old),
        ]),
      ]);
      const state = await readMarketState(reader(), aave.market.provider, { heartbeats: heartbeats() });
      const stale = state.prices.filter((p) => p.feed?.stale);
      assert.deepEqual(
        stale.map((p) => p.asset),
        [wbtc.asset],
      );
      assert.match(
        stale[0]?.problem ?? '',
        new RegExp(
          `feed ${getAddress(wbtc.feed)} .*is stale: updated \\d+ s before the block, heartbeat 3600 s`,
        ),
      );
      const rounds = await readFeedRounds(reader(), wbtc.feed, 3, BigInt(state.block));
      const live = feedViolations(
        rounds,
        { pair: 'WBTC / USD', heartbeatSeconds: 3600, deviation: 0.005 },
        { now: state.blockTimestamp, graceSeconds: 0 },
      );
      assert.equal(live.counts.stale, 1);
    });
  });

  it('with the sentinel reporting the sequencer down, only the liquidations under HF 0.95 go through, as Faultline says', async () => {
    await isolated(async () => {
      await moveWeth();
      const now = await nextTimestamp();
      await sendInOneBlock(aave.client, [
        tx(aave.market.admin, aave.market.sequencerOracle, A.sequencer.abi, 'setAnswer', [true, BigInt(now)]),
      ]);
      await read('anvil-seq');
      const after = await stored('anvil-seq');
      assert.equal(after.sentinel?.sequencerUp, false);
      assert.equal(after.sentinel?.liquidationAllowed, false);
      const T = await nextTimestamp();
      const market = exactMarket(after, { timestamp: T });
      const calls: LiquidationCallSpec[] = [];
      const predicted = new Map<string, ReturnType<typeof exactLiquidation>>();
      for (const a of after.accounts) {
        const d = exactAccountData(market, a);
        const pair = d && d.healthFactor < WAD ? largestPair(market, a) : null;
        if (!pair) continue;
        calls.push(pair);
        predicted.set(a.address, exactLiquidation(market, a, pair.collateral, pair.debt, 2n ** 256n - 1n));
      }
      const outcomes = await liquidateInOneBlock(aave.client, aave.market, LIQUIDATOR, calls, T);
      const blocked = calls.filter((c) => {
        const p = predicted.get(c.user);
        return p && !p.ok && p.code === '59';
      });
      for (const c of calls) assert.equal(outcomes.get(c.user)?.ok, predicted.get(c.user)?.ok, c.user);
      assert.ok(blocked.length > 0, 'some accounts sit between HF 0.95 and 1');
      assert.ok(calls.length - blocked.length > 0, 'and some below 0.95 go through');
      const stress = runStress(
        chainMarketBook(after),
        { ...shockScenario('sequencer down', {}, []), sequencer: 'down' },
        '3.0',
      );
      assert.equal(stress.liquidatableAccounts, calls.length);
      // Round after round, as the stress run goes: what is left liquidatable at the end is what the
      // sentinel holds back (HF between 0.95 and 1), and its debt is what the stress run says is blocked.
      await liquidateEverything('anvil-seq');
      const end = await stored('anvil-seq');
      const exact = exactMarket(end);
      let blockedDebt = 0;
      for (const a of end.accounts) {
        const d = exactAccountData(exact, a);
        if (!d || !(d.healthFactor < WAD) || d.totalCollateralBase === 0n) continue;
        assert.ok(d.healthFactor >= (WAD * 95n) / 100n, `${a.address}: left at HF ${d.healthFactor}`);
        blockedDebt += Number(d.totalDebtBase) / 1e8;
      }
      assert.ok(blockedDebt > 0);
      assert.ok(
        Math.abs(stress.blockedDebtUsd.sequencer / blockedDebt - 1) < 1e-3,
        `the stress run holds back $${stress.blockedDebtUsd.sequencer}, the chain $${blockedDebt}`,
      );
    });
  });

  it('refuses an address that is not a PoolAddressesProvider, naming the call, and flags a reserve whose price is 0', async () => {
    await assert.rejects(readMarketState(reader(), reserve('WETH').asset), (err: ValidationError) => {
      assert.ok(err instanceof ValidationError);
      assert.match(
        err.message,
        /PoolAddressesProvider\.getPool\(\) at 0x[0-9a-fA-F]{40}: .*not a PoolAddressesProvider/,
      );
      return true;
    });
    await assert.rejects(
      readMarketState(reader(), '0x00000000000000000000000000000000000B0b01'),
      /no contract at .*not a PoolAddressesProvider/,
    );
    await isolated(async () => {
      const link = reserve('LINK');
      await sendInOneBlock(aave.client, [tx(aave.market.admin, link.feed, A.feed.abi, 'updateAnswer', [0n])]);
      const result = await read('anvil-zero');
      assert.deepEqual(
        result.flaggedPrices.map((f) => f.asset),
        [link.asset],
      );
      assert.match(
        result.flaggedPrices[0]?.problem ?? '',
        /AaveOracle\.getAssetPrice\(.*\) reverted.*answers 0/,
      );
      const zero = await stored('anvil-zero');
      const holders = zero.accounts.filter((a) => a.positions.some((p) => p.asset === link.asset));
      assert.ok(holders.length > 0);
      const linkId = BigInt(zero.reserves.find((r) => r.asset === link.asset)?.id ?? -1);
      for (const a of holders)
        if ((a.userConfiguration >> (2n * linkId)) & 3n) {
          assert.equal(a.accountData, null, 'the contract cannot value it either');
          assert.equal(exactAccountData(exactMarket(zero), a), null);
        }
      assert.match(
        chainMarketBook(zero).assumptions.join('; '),
        /accounts? left out: the oracle gives no price for LINK/,
      );
    });
  });

  it('resumes a read killed mid-scan where it stopped, storing nothing half-read, and re-reads only what changed', async () => {
    const proxy = await startRpcFaultProxy(aave.anvil.url);
    try {
      const block = snap.block;
      proxy.failAfter('eth_getLogs', 2);
      await assert.rejects(
        read('anvil-kill', { blockRange: 10, block }, reader(proxy.url, 0)),
        (err: SourceError) => {
          assert.ok(err instanceof SourceError);
          assert.match(err.message, /eth_getLogs\(blocks \d+\.\.\d+\): eth_getLogs: HTTP 500/);
          return true;
        },
      );
      assert.equal(await store.marketSnapshot('anvil-kill'), null, 'no snapshot from a killed read');
      const from = Number(aave.market.deployBlock);
      assert.equal(
        (await store.marketScan('anvil-kill'))?.scannedTo,
        from + 19,
        'two ranges of 10 blocks saved',
      );
      proxy.heal();
      proxy.seen.eth_getLogs = 0;
      await read('anvil-kill', { blockRange: 10, block }, reader(proxy.url, 0));
      assert.equal(proxy.seen.eth_getLogs, Math.ceil((block - (from + 20) + 1) / 10), 'only the ranges left');
      assert.deepEqual((await stored('anvil-kill')).accounts, snap.accounts);
    } finally {
      await proxy.close();
    }
    await isolated(async () => {
      const first = await read('anvil-inc');
      const borrower = snap.accounts.find(
        (a) => a.emodeCategory === 0 && a.positions.some((p) => p.scaledVariableDebt > 0n),
      );
      assert.ok(borrower);
      const usdc = reserve('USDC');
      await sendInOneBlock(aave.client, [
        tx(aave.market.admin, aave.market.pool, A.pool.abi, 'supply', [
          usdc.asset,
          5n * 10n ** 6n,
          borrower.address,
          0,
        ]),
      ]);
      await aave.client.mine({ blocks: 100 });
      const again = await read('anvil-inc');
      assert.equal(again.incrementalFrom, first.block);
      assert.equal(again.reread, 1, 'only the account an event touched');
      assert.equal(again.carried, snap.accounts.length - 1);
      await read('anvil-inc-full', { block: again.block });
      const strip = (s: MarketSnapshot) =>
        s.accounts.map(({ accountData: _, accountDataBlock: __, ...rest }) => rest);
      assert.deepEqual(strip(await stored('anvil-inc')), strip(await stored('anvil-inc-full')));
    });
  });
});
