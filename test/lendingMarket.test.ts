/**
 * The chain-read market through the front ends, as a user runs them: `faultline market read` (the
 * compiled CLI) on the real Aave v3.0.x contracts (`@aave/core-v3` 1.19.3) on anvil, then `market
 * list|tvl` and `lending stress|var|curve|winddown --market` on the stored snapshot, each the same
 * document as the API's, and the TVL checked against the contracts' own balances
 * (aave-v3-core AToken.totalSupply, VariableDebtToken/StableDebtToken.totalSupply, AaveOracle.getAssetPrice).
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { z } from 'zod';
import { createServer } from '../src/api/server.ts';
import { snapshotContext } from '../src/api/serverContext.ts';
import { LendingCurveResult } from '../src/app/lending/lendingCurve.ts';
import { LendingStressResult } from '../src/app/lending/lendingStress.ts';
import { LendingVarResult } from '../src/app/lending/lendingVar.ts';
import { LendingWindDownResult } from '../src/app/lending/lendingWindDown.ts';
import { MarketReadResult } from '../src/app/market/marketRead.ts';
import { MarketSnapshotsResult } from '../src/app/market/marketSnapshots.ts';
import { MarketTvlResult } from '../src/app/market/marketTvl.ts';
import { resolveConfig } from '../src/core/config.ts';
import { openStoreSnapshot } from '../src/store/duckdb/storeSnapshot.ts';
import { A } from './helpers/aaveAnvil/deployMarket.ts';
import { type AaveAnvil, startAaveAnvil } from './helpers/aaveAnvil.ts';
import { WEB_DIST } from './helpers/apiServer.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { startRpcFaultProxy } from './helpers/rpcFaultProxy.ts';
import { runCli, runCliAsync } from './helpers/runCli.ts';

const dir = tempDir('faultline-lending-market-');
const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'store.duckdb') };
const ACCOUNTS = 40;

/** Runs the CLI with `--format json`, expects success, and checks the document against its schema. */
function document<S extends z.ZodType>(args: string[], schema: S): { text: string; doc: z.infer<S> } {
  const r = runCli([...args, '--format', 'json'], env);
  assert.equal(r.code, 0, r.stderr);
  const parsed = schema.safeParse(JSON.parse(r.stdout));
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
  return { text: r.stdout, doc: parsed.data };
}

describe('a chain-read market through the CLI and the API, against the real Aave v3 contracts', () => {
  let aave: AaveAnvil;
  let readArgs: string[];
  let api: { url: string; close(): Promise<void> };
  const send = async (url: string, body?: unknown) => {
    const r = await fetch(`${api.url}${url}`, {
      headers: { 'accept-encoding': 'identity', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { method: 'POST', body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    assert.equal(r.status, 200, text);
    return text;
  };

  before(async () => {
    importedStore(dir, 'store.duckdb');
    aave = await startAaveAnvil({ accounts: ACCOUNTS });
    readArgs = [
      'market',
      'read',
      '--rpc',
      aave.anvil.url,
      '--provider',
      aave.market.provider,
      '--name',
      'anvil',
      '--from-block',
      String(aave.market.deployBlock),
      ...[...aave.market.reserves.values()].flatMap((r) => ['--heartbeat', `${r.feed}=3600`]),
    ];
  });
  after(async () => {
    await api?.close();
    await aave?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('market read: a killed scan fails naming the call, stores no snapshot, and the next run resumes and stores it', async () => {
    const proxy = await startRpcFaultProxy(aave.anvil.url);
    try {
      proxy.failAfter('eth_getLogs', 1);
      const viaProxy = readArgs.map((a) => (a === aave.anvil.url ? proxy.url : a));
      const killed = await runCliAsync([...viaProxy, '--block-range', '5', '--retries', '0'], env);
      assert.equal(killed.code, 1);
      assert.match(killed.stderr, /eth_getLogs\(blocks \d+\.\.\d+\): eth_getLogs: HTTP 500/);
      assert.match(killed.stderr, /market read: blocks scanned 5\//, 'progress names the blocks scanned');
      const none = document(['market', 'list'], MarketSnapshotsResult).doc;
      assert.deepEqual(none.snapshots, [], 'nothing half-stored');
      proxy.heal();
      proxy.seen.eth_getLogs = 0;
      const resumed = await runCliAsync([...viaProxy, '--block-range', '5', '--format', 'json'], env);
      assert.equal(resumed.code, 0, resumed.stderr);
      const read = MarketReadResult.parse(JSON.parse(resumed.stdout));
      assert.equal(read.scannedFrom, Number(aave.market.deployBlock));
      const left = read.block - (read.scannedFrom + 5) + 1;
      assert.equal(
        proxy.seen.eth_getLogs,
        Math.ceil(left / 5),
        'only the ranges the killed read had not saved',
      );
      const suppliers = aave.accounts.filter((a) => a.supplied.length > 0).length;
      assert.equal(read.accounts, suppliers, 'every seeded account found from the events');
      assert.deepEqual(read.flaggedPrices, [], 'fresh feeds');
      assert.equal(read.sources[0]?.kind, 'live');
    } finally {
      await proxy.close();
    }
    const list = document(['market', 'list'], MarketSnapshotsResult).doc;
    assert.deepEqual(
      list.snapshots.map((s) => [s.market, s.reserves]),
      [['anvil', aave.market.reserves.size]],
    );
  });

  it('refuses a provider that is not a pool, naming the call, and a market that is not stored', () => {
    const weth = aave.market.reserves.get('WETH')?.asset as string;
    const notPool = runCli(
      readArgs.map((a) => (a === aave.market.provider ? weth : a)),
      env,
    );
    assert.equal(notPool.code, 1);
    assert.match(
      notPool.stderr,
      /PoolAddressesProvider\.getPool\(\) at 0x[0-9a-fA-F]{40}: .*not a PoolAddressesProvider/,
    );
    const nowhere = runCli(['lending', 'stress', '--market', 'nowhere', '--shock', 'WETH=-0.1'], env);
    assert.equal(nowhere.code, 1);
    assert.match(nowhere.stderr, /no stored market "nowhere" \(stored: anvil, aave-v3-ethereum/);
    const badAddress = runCli(['market', 'read', '--rpc', aave.anvil.url, '--provider', '0x1234'], env);
    assert.equal(badAddress.code, 2);
    assert.match(badAddress.stderr, /--provider: market read: expected a 0x-prefixed 20-byte address/);
  });

  it('market tvl: supplied − borrowed and held equal the contracts’ own balances at the oracle price', async () => {
    const { doc } = document(['market', 'tvl', '--market', 'anvil'], MarketTvlResult);
    const block = BigInt(doc.block);
    const read = (address: `0x${string}`, abi: unknown, functionName: string, args: unknown[] = []) =>
      aave.client.readContract({
        address,
        abi: abi as never,
        functionName,
        args,
        blockNumber: block,
      }) as Promise<bigint>;
    let supplied = 0;
    let borrowed = 0;
    let held = 0;
    for (const r of aave.market.reserves.values()) {
      const price = Number(await read(aave.market.oracle, A.oracle.abi, 'getAssetPrice', [r.asset])) / 1e8;
      const units = (x: bigint) => (Number(x) / 10 ** r.decimals) * price;
      supplied += units(await read(r.aToken, A.aToken.abi, 'totalSupply'));
      borrowed += units(
        (await read(r.variableDebtToken, A.variableDebt.abi, 'totalSupply')) +
          (await read(r.stableDebtToken, A.stableDebt.abi, 'totalSupply')),
      );
      held += units(await read(r.asset, A.erc20.abi, 'balanceOf', [r.aToken]));
    }
    const near = (a: number, b: number, what: string) =>
      assert.ok(Math.abs(a / b - 1) < 1e-9, `${what}: ${a} vs ${b}`);
    near(doc.suppliedUsd, supplied, 'supplied');
    near(doc.borrowedUsd, borrowed, 'borrowed');
    near(doc.tvlUsd, supplied - borrowed, 'supplied − borrowed');
    near(doc.heldUsd, held, 'held');
    assert.equal(doc.comparison, null);
    const compared = document(
      ['market', 'tvl', '--market', 'anvil', '--protocol', 'aave-v3', '--chain', 'ethereum'],
      MarketTvlResult,
    ).doc;
    assert.equal(compared.comparison?.defillamaUsd, null, 'DefiLlama has nothing for an anvil day');
    assert.match(compared.comparison?.explanation.at(-1) ?? '', /no stored aave-v3 point on ethereum/);
  });

  it('lending stress|var|curve|winddown --market run on the snapshot without the CSV assumptions, one document per question', async () => {
    const config = resolveConfig({ flags: {}, env, cwd: process.cwd() });
    const snapshot = await openStoreSnapshot(config.dbPath);
    const server = await createServer({
      context: snapshotContext({ config, snapshot, adminToken: null, limits: { computeRateLimit: 1000 } }),
      webDir: WEB_DIST,
      logger: false,
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    api = {
      url: `http://127.0.0.1:${(server.server.address() as { port: number }).port}`,
      close: async () => {
        await server.close();
        await snapshot.close();
      },
    };
    const borrowers = aave.accounts.filter((a) => a.borrowed.length > 0).length;
    const stress = document(
      ['lending', 'stress', '--market', 'anvil', '--shock', 'WETH=-0.4', '--version', '3.0'],
      LendingStressResult,
    );
    assert.equal(
      stress.text,
      `${await send('/api/v1/lending/stress', { market: 'anvil', shocks: { WETH: -0.4 }, version: '3.0' })}\n`,
    );
    const s = stress.doc;
    assert.equal(s.book.kind, 'chain-snapshot');
    assert.equal(s.book.market, 'anvil');
    assert.equal(s.accounts, borrowers, 'every borrower, with its real collateral and debt');
    assert.deepEqual(s.assumptions, [], 'nothing assumed');
    assert.ok(!s.findings.some((f) => f.kind === 'missing-debt-position'));
    assert.equal(s.asOf, s.book.day);
    assert.ok(s.increment.liquidatableAccounts > 0, 'WETH −40% makes accounts liquidatable');
    assert.equal(s.increment.badDebtUsd, s.badDebtUsd - s.baseline.badDebtUsd);

    const risk = document(
      ['lending', 'var', '--market', 'anvil', '--paths', '500', '--workers', '2'],
      LendingVarResult,
    );
    assert.equal(
      risk.text,
      `${await send('/api/v1/lending/var', { market: 'anvil', paths: 500 })}\n`,
      'threads change nothing',
    );
    assert.equal(risk.doc.book.kind, 'chain-snapshot');
    assert.ok(risk.doc.sources.some((x) => x.id === 'aave-v3/volatility'));

    const curve = document(['lending', 'curve', '--market', 'anvil', '--steps', '3'], LendingCurveResult);
    assert.equal(curve.text, `${await send('/api/v1/lending/curve?market=anvil&steps=3')}\n`);
    assert.deepEqual(
      curve.doc.points.map((p) => p.move),
      [0, -0.2, -0.4, -0.6],
    );

    const wind = document(
      ['lending', 'winddown', '--market', 'anvil', '--repay-rate', '0.02'],
      LendingWindDownResult,
    );
    assert.equal(
      wind.text,
      `${await send('/api/v1/lending/winddown', { market: 'anvil', repayRate: 0.02 })}\n`,
    );
    const usdc = wind.doc.reserves.find((r) => r.asset === 'USDC');
    assert.ok(usdc && usdc.stuckUsd > 0 && usdc.withdrawableNowUsd > 0);
    assert.ok(wind.doc.redistribution.suppliers.length > 0);

    const tvl = document(['market', 'tvl', '--market', 'anvil'], MarketTvlResult);
    assert.equal(tvl.text, `${await send('/api/v1/lending/markets/anvil/tvl')}\n`);
    const list = document(['market', 'list'], MarketSnapshotsResult);
    assert.equal(list.text, `${await send('/api/v1/lending/markets')}\n`);
  });
});
