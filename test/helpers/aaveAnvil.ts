import { type AnvilClient, anvilClient, sendInOneBlock, tx } from './aaveAnvil/anvilClient.ts';
import { readConfigReport } from './aaveAnvil/configReport.ts';
import { A, type DeployedMarket, deployMarket } from './aaveAnvil/deployMarket.ts';
import { type SeededAccount, seedAccounts } from './aaveAnvil/seedAccounts.ts';
import { type Anvil, startAnvil } from './aaveAnvil/startAnvil.ts';

/** The six reserves the issue names, plus an isolated asset (UNI) and LINK. */
export const TEST_RESERVES = ['WETH', 'wstETH', 'WBTC', 'USDC', 'USDT', 'DAI', 'UNI', 'LINK'] as const;

/** Twelve reserves for the benchmark: the test set plus rETH, cbETH (e-mode 1), AAVE (collateral only), LDO (isolated). */
export const BENCH_RESERVES = [...TEST_RESERVES, 'rETH', 'cbETH', 'AAVE', 'LDO'] as const;

/** A local Aave v3 market on anvil, seeded, and how to stop it. */
export type AaveAnvil = {
  anvil: Anvil;
  client: AnvilClient;
  market: DeployedMarket;
  accounts: SeededAccount[];
  /** Seconds the deployment and the seeding took. */
  timings: { deploySeconds: number; seedSeconds: number };
  stop(): Promise<void>;
};

export type AaveAnvilOptions = {
  reserves?: readonly string[];
  accounts?: number;
  seed?: number;
  /** Days of interest to accrue after seeding, so indexes are not 1 (default 30). */
  accrueDays?: number;
};

/**
 * Starts anvil (npm `@foundry-rs/anvil`, 127.0.0.1), deploys the real Aave v3.0.x contracts from
 * `@aave/core-v3` configured from the Aave v3 Ethereum config report (2023-10-31) in the real data
 * folder, seeds random accounts, and lets interest accrue (the feeds then post a fresh round).
 * @example const aave = await startAaveAnvil({ accounts: 300 }); ...; await aave.stop();
 */
export async function startAaveAnvil(options: AaveAnvilOptions = {}): Promise<AaveAnvil> {
  const anvil = await startAnvil();
  try {
    const client = anvilClient(anvil.url);
    const t0 = performance.now();
    const market = await deployMarket(client, readConfigReport(), options.reserves ?? TEST_RESERVES);
    const t1 = performance.now();
    const accounts = await seedAccounts(client, market, {
      accounts: options.accounts ?? 300,
      seed: options.seed ?? 24,
    });
    const days = options.accrueDays ?? 30;
    if (days > 0) {
      await client.increaseTime({ seconds: days * 86_400 });
      await client.mine({ blocks: 1 });
      // The feeds' keepers would have kept posting: a fresh round at the same answer on each.
      await sendInOneBlock(
        client,
        [...market.reserves.values()].map((r) =>
          tx(market.admin, r.feed, A.feed.abi, 'updateAnswer', [r.params.oracleLatestAnswer]),
        ),
      );
    }
    const t2 = performance.now();
    return {
      anvil,
      client,
      market,
      accounts,
      timings: { deploySeconds: (t1 - t0) / 1000, seedSeconds: (t2 - t1) / 1000 },
      stop: () => anvil.stop(),
    };
  } catch (err) {
    await anvil.stop();
    throw err;
  }
}
