import {
  type Abi,
  type Address,
  createTestClient,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  publicActions,
  walletActions,
} from 'viem';
import { foundry } from 'viem/chains';
import { type Artifact, linkBytecode } from './artifacts.ts';

/** viem's test, public and wallet actions on one anvil node, JSON-RPC batched (up to 1,000 requests a POST). */
export function anvilClient(url: string) {
  return createTestClient({
    mode: 'anvil',
    chain: foundry,
    cacheTime: 0,
    pollingInterval: 10,
    transport: http(url, {
      batch: { batchSize: 1000, wait: 0 },
      retryCount: 0,
      timeout: 300_000,
      maxResponseBodySize: false,
    }),
  })
    .extend(publicActions)
    .extend(walletActions);
}

export type AnvilClient = ReturnType<typeof anvilClient>;

/** Any JSON-RPC method (viem's test client types only the test methods). */
export function rpc<T>(client: AnvilClient, method: string, params: readonly unknown[]): Promise<T> {
  const request = client.request as unknown as (a: {
    method: string;
    params: readonly unknown[];
  }) => Promise<T>;
  return request({ method, params });
}

/** Gas every harness transaction may use; anvil runs with no block gas limit and gas at price 0. */
const GAS = 30_000_000n;

/** The receipt of a transaction anvil has accepted (automine mines it a moment later). */
export async function receiptOf(client: AnvilClient, hash: Hex) {
  for (let i = 0; i < 5000; i++) {
    const receipt = await client.getTransactionReceipt({ hash }).catch(() => null);
    if (receipt) return receipt;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`transaction ${hash} was not mined`);
}

/** Sends one transaction from an unlocked or impersonated account and waits for it (automine); throws on revert. */
export async function send(
  client: AnvilClient,
  from: Address,
  to: Address,
  abi: Abi,
  functionName: string,
  args: readonly unknown[] = [],
): Promise<Hex> {
  const data = encodeFunctionData({ abi, functionName, args });
  const hash = await rpc<Hex>(client, 'eth_sendTransaction', [
    { from, to, data, gas: `0x${GAS.toString(16)}` },
  ]);
  const receipt = await receiptOf(client, hash);
  if (receipt.status !== 'success') throw new Error(`${functionName} on ${to} reverted`);
  return hash;
}

/** Deploys an artifact (libraries linked) from `from` and returns its address; throws on revert. */
export async function deploy(
  client: AnvilClient,
  from: Address,
  artifact: Artifact,
  args: readonly unknown[] = [],
  libraries: Readonly<Record<string, Address>> = {},
): Promise<Address> {
  const data = encodeDeployData({ abi: artifact.abi, bytecode: linkBytecode(artifact, libraries), args });
  const hash = await rpc<Hex>(client, 'eth_sendTransaction', [{ from, data, gas: `0x${GAS.toString(16)}` }]);
  const receipt = await receiptOf(client, hash);
  if (receipt.status !== 'success' || !receipt.contractAddress)
    throw new Error(`deploying ${artifact.name} reverted`);
  return getAddress(receipt.contractAddress);
}

/** A transaction to send later in a batch. */
export type PendingTx = { from: Address; to: Address; data: Hex; label: string };

/** A call as a pending transaction. */
export function tx(
  from: Address,
  to: Address,
  abi: Abi,
  functionName: string,
  args: readonly unknown[],
  label = functionName,
): PendingTx {
  return { from, to, data: encodeFunctionData({ abi, functionName, args }), label };
}

/**
 * Sends many transactions into one block: automine off, every transaction sent in JSON-RPC batches
 * (anvil orders each sender's by nonce), one `evm_mine`, automine back on. Throws naming the first
 * transaction that reverted.
 */
export async function sendInOneBlock(client: AnvilClient, txs: readonly PendingTx[]): Promise<void> {
  if (txs.length === 0) return;
  await client.setAutomine(false);
  try {
    const senders = [...new Set(txs.map((t) => t.from))];
    const next = new Map<Address, number>();
    const counts = await Promise.all(senders.map((address) => client.getTransactionCount({ address })));
    for (const [i, sender] of senders.entries()) next.set(sender, counts[i] ?? 0);
    const nonced = txs.map((t) => {
      const nonce = next.get(t.from) ?? 0;
      next.set(t.from, nonce + 1);
      return { ...t, nonce };
    });
    const hashes: Hex[] = [];
    const chunk = 1000;
    for (let i = 0; i < nonced.length; i += chunk) {
      const part = nonced.slice(i, i + chunk);
      const sent = part.map((t) =>
        rpc<Hex>(client, 'eth_sendTransaction', [
          {
            from: t.from,
            to: t.to,
            data: t.data,
            gas: `0x${(3_000_000n).toString(16)}`,
            gasPrice: '0x0',
            nonce: `0x${t.nonce.toString(16)}`,
          },
        ]),
      );
      hashes.push(...(await Promise.all(sent)));
    }
    await client.mine({ blocks: 1 });
    // A transaction that emitted an event succeeded; only the others' receipts are asked for (the
    // block's logs are much faster on anvil than hundreds of receipts).
    const logs = await client.getLogs({ blockHash: (await client.getBlock({ blockTag: 'latest' })).hash });
    const emitted = new Set(logs.map((l) => l.transactionHash));
    for (const [i, hash] of hashes.entries()) {
      if (emitted.has(hash)) continue;
      if ((await client.getTransactionReceipt({ hash }).catch(() => null))?.status === 'success') continue;
      const t = nonced[i];
      const why = !t
        ? 'was not mined'
        : await client.call({ account: t.from, to: t.to, data: t.data, blockTag: 'latest' }).then(
            () => 'reverted',
            (err: Error) => `reverted: ${err.message.split('\n').slice(0, 3).join(' ')}`,
          );
      throw new Error(`${t?.label} (${hash}) ${why}`);
    }
  } finally {
    await client.setAutomine(true);
  }
}
