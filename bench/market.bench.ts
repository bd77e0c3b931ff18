/**
 * Reading a lending market from the chain: 10,000 seeded accounts on 12 reserves of the real Aave v3.0.x
 * contracts on a local anvil. Full read with multicall (target < 60 s) beside the same read with one
 * `eth_call` per read, the RPC requests of each; then an incremental re-read after 100 new blocks
 * (target < 2 s).
 */
import { join } from 'node:path';
import { readMarket } from '../src/app/market/readMarket.ts';
import { createChainReader, type ReadMode } from '../src/sources/chain/chainReader.ts';
import { createHostLimits } from '../src/sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../src/sources/http/httpClient.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { sendInOneBlock, tx } from '../test/helpers/aaveAnvil/anvilClient.ts';
import { A } from '../test/helpers/aaveAnvil/deployMarket.ts';
import { BENCH_RESERVES, startAaveAnvil } from '../test/helpers/aaveAnvil.ts';
import { tempDir } from '../test/helpers/dataDir.ts';

const ACCOUNTS = 10_000;
const target = (ok: boolean) => `[target: ${ok ? 'met' : 'MISSED'}]`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const t0 = performance.now();
const aave = await startAaveAnvil({ accounts: ACCOUNTS, reserves: BENCH_RESERVES, seed: 7 });
console.log(
  `market: ${BENCH_RESERVES.length} reserves, ${ACCOUNTS.toLocaleString('en-US')} seeded accounts + 5 liquidity providers; deployed in ${aave.timings.deploySeconds.toFixed(1)} s, seeded in ${aave.timings.seedSeconds.toFixed(1)} s (setup ${s(performance.now() - t0)})`,
);
const store = await createDuckDbStore(join(tempDir('faultline-bench-'), 'market.duckdb'));
await store.migrate();
const reader = (mode: ReadMode) =>
  createChainReader(
    aave.anvil.url,
    { ...DEFAULT_HTTP, limiter: createHostLimits({ concurrency: 8, ratePerSecond: 1_000_000 }) },
    { mode },
  );
const params = { provider: aave.market.provider, fromBlock: Number(aave.market.deployBlock) };
try {
  const runs: Record<ReadMode, { ms: number; requests: number; accounts: number; calls: number }> = {
    multicall: { ms: 0, requests: 0, accounts: 0, calls: 0 },
    single: { ms: 0, requests: 0, accounts: 0, calls: 0 },
  };
  for (const mode of ['multicall', 'single'] as const) {
    const r = reader(mode);
    const started = performance.now();
    const result = await readMarket({ store, reader: r }, { ...params, market: `bench-${mode}` });
    runs[mode] = {
      ms: performance.now() - started,
      requests: result.rpc.requests,
      accounts: result.accounts,
      calls: result.rpc.byMethod.eth_call ?? 0,
    };
  }
  const m = runs.multicall;
  const one = runs.single;
  console.log(
    `full read, multicall: ${m.accounts.toLocaleString('en-US')} accounts in ${s(m.ms)}, ${m.requests} RPC requests (${m.calls} eth_call) ${target(m.ms < 60_000)} (target < 60 s)`,
  );
  console.log(
    `full read, one eth_call per read: ${one.accounts.toLocaleString('en-US')} accounts in ${s(one.ms)}, ${one.requests.toLocaleString('en-US')} RPC requests; multicall sends ${(one.requests / m.requests).toFixed(0)}× fewer requests and is ${(one.ms / m.ms).toFixed(1)}× faster`,
  );

  const borrowers = aave.accounts.filter((a) => a.borrowed.length > 0).slice(0, 20);
  const usdc = aave.market.reserves.get('USDC');
  if (!usdc) throw new Error('no USDC reserve');
  for (let block = 0; block < 100; block++) {
    const who = borrowers[block % 5];
    if (block % 5 === 0 && who)
      await sendInOneBlock(aave.client, [
        tx(aave.market.admin, aave.market.pool, A.pool.abi, 'supply', [
          usdc.asset,
          10n ** 6n,
          who.address,
          0,
        ]),
      ]);
    else await aave.client.mine({ blocks: 1 });
  }
  const inc = reader('multicall');
  const started = performance.now();
  const again = await readMarket({ store, reader: inc }, { ...params, market: 'bench-multicall' });
  const ms = performance.now() - started;
  console.log(
    `incremental re-read of 100 new blocks: ${again.reread} accounts re-read, ${again.carried.toLocaleString('en-US')} carried, in ${s(ms)}, ${again.rpc.requests} RPC requests ${target(ms < 2000)} (target < 2 s)`,
  );
} finally {
  store.close();
  await aave.stop();
}
