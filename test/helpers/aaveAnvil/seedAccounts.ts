import { type Address, getAddress, maxUint256, toHex } from 'viem';
import { seededRandom } from '../../../src/core/seededRandom.ts';
import { type AnvilClient, type PendingTx, rpc, sendInOneBlock, tx } from './anvilClient.ts';
import { A, type DeployedMarket, type DeployedReserve } from './deployMarket.ts';

/** What a seeded account was made to hold (symbols), and how. */
export type SeededAccount = {
  address: Address;
  kind: 'plain' | 'emode' | 'isolated' | 'supplier' | 'liquidity';
  emode: number;
  supplied: string[];
  borrowed: string[];
};

export type SeedOptions = {
  accounts: number;
  seed: number;
  /** Liquidity providers that supply every reserve (the market's depth), USD per reserve. */
  liquidityUsd?: number;
};

const price = (r: DeployedReserve) => Number(r.params.oracleLatestAnswer) / 1e8;

/** Token units (bigint) for a USD amount at the report price, rounded down. */
function units(r: DeployedReserve, usd: number): bigint {
  const whole = usd / price(r);
  const shown = Math.min(r.decimals, 8);
  return BigInt(Math.floor(whole * 10 ** shown)) * 10n ** BigInt(r.decimals - shown);
}

/** An address drawn from the PRNG (20 random bytes). */
function randomAddress(random: () => number): Address {
  const bytes = new Uint8Array(20);
  for (let i = 0; i < 20; i++) bytes[i] = Math.floor(random() * 256);
  return getAddress(toHex(bytes));
}

/**
 * Seeds `accounts` random accounts (seeded PRNG) in four blocks: the admin mints and approves, then
 * supplies on behalf of every account (so supply order decides collateral and isolation exactly as the
 * pool does), the e-mode accounts switch category, and every borrower borrows 30–97% of its borrowing
 * power over one or two assets, within liquidity, borrow caps and isolation debt ceilings. Kinds: plain
 * (several collaterals and debts), e-mode (category 1, ETH-correlated debt), isolated (one isolated
 * collateral, a second supply that is not collateral, stablecoin debt), pure suppliers; plus five
 * liquidity providers that supply every reserve.
 */
export async function seedAccounts(
  client: AnvilClient,
  market: DeployedMarket,
  options: SeedOptions,
): Promise<SeededAccount[]> {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const all = [...market.reserves.values()];
  const p = (r: DeployedReserve) => r.params;
  const collateral = all.filter(
    (r) => p(r).usageAsCollateralEnabled && p(r).ltv > 0 && p(r).debtCeiling === 0,
  );
  const isolated = all.filter((r) => p(r).usageAsCollateralEnabled && p(r).ltv > 0 && p(r).debtCeiling > 0);
  const borrowable = all.filter((r) => p(r).borrowingEnabled && !p(r).isSiloed);
  const inIsolation = borrowable.filter((r) => p(r).isBorrowableInIsolation);
  const emodeAssets = all.filter((r) => p(r).eModeCategory === 1);
  const emodeDebt = emodeAssets.filter((r) => p(r).borrowingEnabled);
  const emodeLtv = 0.9;

  const liquidity = new Map(all.map((r) => [r.symbol, 0]));
  const borrowedUsd = new Map(all.map((r) => [r.symbol, 0]));
  const ceilingLeft = new Map(isolated.map((r) => [r.symbol, p(r).debtCeiling / 100]));
  const supplies: PendingTx[] = [];
  const emodes: PendingTx[] = [];
  const borrows: PendingTx[] = [];
  const seeded: SeededAccount[] = [];
  /** Queues a supply on behalf of `who`, unless it would pass 90% of the supply cap. */
  const supply = (who: Address, r: DeployedReserve, usd: number): boolean => {
    const total = (liquidity.get(r.symbol) ?? 0) + usd;
    if (total > p(r).supplyCap * price(r) * 0.9) return false;
    supplies.push(
      tx(
        market.admin,
        market.pool,
        A.pool.abi,
        'supply',
        [r.asset, units(r, usd), who, 0],
        `supply ${r.symbol}`,
      ),
    );
    liquidity.set(r.symbol, total);
    return true;
  };

  const lpUsd = options.liquidityUsd ?? 40_000_000;
  for (let i = 0; i < 5; i++) {
    const lp = randomAddress(random);
    for (const r of all) supply(lp, r, Math.min(lpUsd / 5, (p(r).supplyCap * price(r)) / 20));
    seeded.push({
      address: lp,
      kind: 'liquidity',
      emode: 0,
      supplied: all.map((r) => r.symbol),
      borrowed: [],
    });
  }

  for (let n = 0; n < options.accounts; n++) {
    const who = randomAddress(random);
    const u = random();
    const kind: SeededAccount['kind'] =
      u < 0.55
        ? 'plain'
        : u < 0.8 && emodeDebt.length > 0
          ? 'emode'
          : u < 0.95 && isolated.length > 0
            ? 'isolated'
            : 'supplier';
    const size = 1000 * 200 ** random();
    const account: SeededAccount = {
      address: who,
      kind,
      emode: kind === 'emode' ? 1 : 0,
      supplied: [],
      borrowed: [],
    };
    let power = 0;
    if (kind === 'isolated') {
      const r = pick(isolated);
      if (supply(who, r, size)) {
        power = size * (p(r).ltv / 1e4);
        account.supplied.push(r.symbol);
        const extra = pick(collateral);
        if (supply(who, extra, size / 4)) account.supplied.push(extra.symbol);
      }
    } else {
      const pool = kind === 'emode' ? [...emodeAssets, ...emodeAssets, ...collateral] : collateral;
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const r = pick(pool);
        if (account.supplied.includes(r.symbol)) continue;
        const usd = size * (0.2 + random());
        if (!supply(who, r, usd)) continue;
        const ltv = kind === 'emode' && p(r).eModeCategory === 1 ? emodeLtv : p(r).ltv / 1e4;
        power += usd * ltv;
        account.supplied.push(r.symbol);
      }
    }
    if (kind === 'emode')
      emodes.push(tx(who, market.pool, A.pool.abi, 'setUserEMode', [1], `setUserEMode ${who}`));
    if (kind !== 'supplier' && power > 0) {
      const choices = kind === 'emode' ? emodeDebt : kind === 'isolated' ? inIsolation : borrowable;
      const debts = [pick(choices), pick(choices)].filter((r, i, list) => list.indexOf(r) === i);
      let budget = power * (0.3 + 0.67 * random());
      const isolatedAsset = kind === 'isolated' ? account.supplied[0] : undefined;
      if (isolatedAsset) budget = Math.min(budget, (ceilingLeft.get(isolatedAsset) ?? 0) * 0.9);
      for (const r of debts) {
        const room = Math.min(
          (liquidity.get(r.symbol) ?? 0) * 0.9 - (borrowedUsd.get(r.symbol) ?? 0),
          p(r).borrowCap * price(r) * 0.9 - (borrowedUsd.get(r.symbol) ?? 0),
        );
        const usd = Math.min(budget / debts.length, room);
        if (!(usd > 10)) continue;
        borrows.push(
          tx(
            who,
            market.pool,
            A.pool.abi,
            'borrow',
            [r.asset, units(r, usd), 2n, 0, who],
            `borrow ${r.symbol} by ${who}`,
          ),
        );
        borrowedUsd.set(r.symbol, (borrowedUsd.get(r.symbol) ?? 0) + usd);
        if (isolatedAsset) ceilingLeft.set(isolatedAsset, (ceilingLeft.get(isolatedAsset) ?? 0) - usd);
        account.borrowed.push(r.symbol);
      }
    }
    seeded.push(account);
  }

  await rpc(client, 'anvil_autoImpersonateAccount', [true]);
  const funding: PendingTx[] = [];
  for (const r of all) {
    funding.push(
      tx(market.admin, r.asset, A.erc20.abi, 'mint', [market.admin, 10n ** BigInt(r.decimals + 15)]),
    );
    funding.push(tx(market.admin, r.asset, A.erc20.abi, 'approve', [market.pool, maxUint256]));
  }
  await sendInOneBlock(client, funding);
  await sendInOneBlock(client, supplies);
  await sendInOneBlock(client, emodes);
  await sendInOneBlock(client, borrows);
  return seeded;
}
