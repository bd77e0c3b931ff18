import { type Address, type Hex, maxUint256, parseAbi, parseEventLogs } from 'viem';
import type { ChainAccount, EvmAddress } from '../../../src/model/chainMarket.ts';
import { assetPrice } from '../../../src/risk/lending/exactAccountData.ts';
import type { ExactMarket } from '../../../src/risk/lending/exactMarket.ts';
import { rayMul } from '../../../src/risk/lending/rayMath.ts';
import {
  normalizedDebt,
  normalizedIncome,
  stableDebtBalance,
} from '../../../src/risk/lending/reserveIndexes.ts';
import { type AnvilClient, type PendingTx, rpc, sendInOneBlock, tx } from './anvilClient.ts';
import { A, type DeployedMarket } from './deployMarket.ts';

/** One liquidation to attempt: whose, which collateral, which debt. */
export type LiquidationCallSpec = { user: EvmAddress; collateral: EvmAddress; debt: EvmAddress };

/** What the chain did with one `liquidationCall`: reverted, or the amounts it moved (token units). */
export type LiquidationOutcome =
  | { ok: false }
  | {
      ok: true;
      /** `LiquidationCall.debtToCover`, and what the liquidator really paid in. */
      debtToCover: bigint;
      debtPaid: bigint;
      /** `LiquidationCall.liquidatedCollateralAmount`, and the underlying the liquidator received. */
      liquidatedCollateral: bigint;
      received: bigint;
      /** aTokens moved from the user to the treasury. */
      protocolFee: bigint;
    };

const events = parseAbi([
  'event LiquidationCall(address indexed collateralAsset, address indexed debtAsset, address indexed user, uint256 debtToCover, uint256 liquidatedCollateralAmount, address liquidator, bool receiveAToken)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
]);

/** Mints every reserve's token to the liquidator and approves the pool, in one block. */
export async function fundLiquidator(
  client: AnvilClient,
  market: DeployedMarket,
  liquidator: Address,
): Promise<void> {
  await rpc(client, 'anvil_autoImpersonateAccount', [true]);
  const txs: PendingTx[] = [];
  for (const r of market.reserves.values()) {
    txs.push(tx(market.admin, r.asset, A.erc20.abi, 'mint', [liquidator, 10n ** BigInt(r.decimals + 14)]));
    txs.push(tx(liquidator, r.asset, A.erc20.abi, 'approve', [market.pool, maxUint256]));
  }
  await sendInOneBlock(client, txs);
}

/**
 * The pair a liquidator bot would pick: the account's largest enabled collateral and largest debt by
 * value at the market's prices and time (the same rule as Faultline's stress engine).
 */
export function largestPair(market: ExactMarket, account: ChainAccount): LiquidationCallSpec | null {
  let best: { collateral?: [EvmAddress, bigint]; debt?: [EvmAddress, bigint] } = {};
  for (const p of account.positions) {
    const r = market.reserves.get(p.asset);
    const price = r ? assetPrice(market, account, r) : undefined;
    if (!r || price === undefined) continue;
    const unit = 10n ** BigInt(r.configuration.decimals);
    const collateralOn = ((account.userConfiguration >> BigInt(2 * r.id + 1)) & 1n) === 1n;
    const supplied = rayMul(p.scaledATokenBalance, normalizedIncome(r, market.timestamp));
    const owed =
      rayMul(p.scaledVariableDebt, normalizedDebt(r, market.timestamp)) +
      stableDebtBalance(p.stableDebt, market.timestamp);
    const cValue = (supplied * price) / unit;
    const dValue = (owed * price) / unit;
    if (
      collateralOn &&
      r.configuration.liquidationThresholdBps > 0 &&
      supplied > 0n &&
      cValue > (best.collateral?.[1] ?? -1n)
    )
      best = { ...best, collateral: [p.asset, cValue] };
    if (owed > 0n && dValue > (best.debt?.[1] ?? -1n)) best = { ...best, debt: [p.asset, dValue] };
  }
  return best.collateral && best.debt
    ? { user: account.address, collateral: best.collateral[0], debt: best.debt[0] }
    : null;
}

/**
 * Sends every `liquidationCall` (repay as much as allowed, receive the underlying) in one block mined at
 * `timestamp`, and reads from the block's logs what each moved. A call with no `LiquidationCall` event
 * reverted.
 */
export async function liquidateInOneBlock(
  client: AnvilClient,
  market: DeployedMarket,
  liquidator: Address,
  calls: readonly LiquidationCallSpec[],
  timestamp: number,
): Promise<Map<EvmAddress, LiquidationOutcome>> {
  await client.setAutomine(false);
  const hashes: Hex[] = [];
  try {
    let nonce = await client.getTransactionCount({ address: liquidator });
    for (const c of calls) {
      const t = tx(liquidator, market.pool, A.pool.abi, 'liquidationCall', [
        c.collateral,
        c.debt,
        c.user,
        maxUint256,
        false,
      ]);
      hashes.push(
        await rpc<Hex>(client, 'eth_sendTransaction', [
          {
            from: t.from,
            to: t.to,
            data: t.data,
            gas: '0x2dc6c0',
            gasPrice: '0x0',
            nonce: `0x${(nonce++).toString(16)}`,
          },
        ]),
      );
    }
    await client.setNextBlockTimestamp({ timestamp: BigInt(timestamp) });
    await client.mine({ blocks: 1 });
  } finally {
    await client.setAutomine(true);
  }
  const block = await client.getBlock({ blockTag: 'latest' });
  if (Number(block.timestamp) !== timestamp)
    throw new Error(`block mined at ${block.timestamp}, not ${timestamp}`);
  const logs = parseEventLogs({ abi: events, logs: await client.getLogs({ blockHash: block.hash }) });
  const reserves = [...market.reserves.values()];
  const out = new Map<EvmAddress, LiquidationOutcome>();
  calls.forEach((c, i) => {
    const own = logs.filter((l) => l.transactionHash === hashes[i]);
    const call = own.find((l) => l.eventName === 'LiquidationCall');
    if (call?.eventName !== 'LiquidationCall') {
      out.set(c.user, { ok: false });
      return;
    }
    const collateral = reserves.find((r) => r.asset === c.collateral);
    const debt = reserves.find((r) => r.asset === c.debt);
    const transfers = own.flatMap((l) => (l.eventName === 'Transfer' ? [l] : []));
    const sum = (pick: (l: (typeof transfers)[number]) => boolean) =>
      transfers.filter(pick).reduce((s, l) => s + l.args.value, 0n);
    const same = (a: string, b: string | undefined) => a.toLowerCase() === b?.toLowerCase();
    out.set(c.user, {
      ok: true,
      debtToCover: call.args.debtToCover,
      liquidatedCollateral: call.args.liquidatedCollateralAmount,
      debtPaid: sum(
        (l) => same(l.address, c.debt) && same(l.args.from, liquidator) && same(l.args.to, debt?.aToken),
      ),
      received: sum(
        (l) =>
          same(l.address, c.collateral) &&
          same(l.args.from, collateral?.aToken) &&
          same(l.args.to, liquidator),
      ),
      protocolFee: sum(
        (l) =>
          same(l.address, collateral?.aToken) &&
          same(l.args.from, c.user) &&
          same(l.args.to, market.treasury),
      ),
    });
  });
  return out;
}
