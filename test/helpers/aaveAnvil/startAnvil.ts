import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A running anvil node on 127.0.0.1; `stop` ends exactly the process this helper started. */
export type Anvil = { url: string; port: number; stop(): Promise<void> };

const PLATFORM_PACKAGE: Record<string, string> = {
  'linux-x64': '@foundry-rs/anvil-linux-amd64',
  'linux-arm64': '@foundry-rs/anvil-linux-arm64',
  'darwin-x64': '@foundry-rs/anvil-darwin-amd64',
  'darwin-arm64': '@foundry-rs/anvil-darwin-arm64',
};

/** The anvil binary shipped by the npm package `@foundry-rs/anvil` (its per-platform optional package). */
function anvilBinary(): string {
  const name = PLATFORM_PACKAGE[`${process.platform}-${process.arch}`];
  if (!name) throw new Error(`@foundry-rs/anvil has no binary for ${process.platform}-${process.arch}`);
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`${name}/package.json`)), 'bin', 'anvil');
}

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Resolves once the node answers `eth_chainId`, or rejects after `ms`. */
async function waitReady(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`anvil exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}',
      });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`anvil did not answer on ${url} within ${ms} ms`);
}

/**
 * Starts anvil on 127.0.0.1 on a free port, silent, with no block gas limit and free gas (base fee 0),
 * so seeding can pack thousands of transactions in one block.
 * @example const anvil = await startAnvil(); ...; await anvil.stop();
 */
export async function startAnvil(extraArgs: readonly string[] = []): Promise<Anvil> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    anvilBinary(),
    [
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--silent',
      '--disable-block-gas-limit',
      '--disable-code-size-limit',
      '--base-fee',
      '0',
      '--gas-price',
      '0',
      '--accounts',
      '1',
      '--balance',
      '1000000000',
      ...extraArgs,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, 20_000);
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
