import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Abi, Address, Hex } from 'viem';

/** A compiled contract: its ABI, creation bytecode and where libraries must be linked into it. */
export type Artifact = {
  name: string;
  abi: Abi;
  bytecode: Hex;
  linkReferences: Record<string, Record<string, { start: number; length: number }[]>>;
};

const require = createRequire(import.meta.url);

/** A Hardhat artifact shipped by `@aave/core-v3` (1.19.x: Aave v3.0.x, solc 0.8.10), by path under `artifacts/contracts/`. */
export function aaveArtifact(path: string): Artifact {
  const file = require.resolve(`@aave/core-v3/artifacts/contracts/${path}`);
  const a = JSON.parse(readFileSync(file, 'utf8')) as {
    contractName: string;
    abi: Abi;
    bytecode: Hex;
    linkReferences?: Artifact['linkReferences'];
  };
  return { name: a.contractName, abi: a.abi, bytecode: a.bytecode, linkReferences: a.linkReferences ?? {} };
}

/** Chainlink's `MockV3Aggregator` from `@chainlink/contracts@0.1.7` (`abi/v0.7`): a feed whose round data can be set. */
export function mockV3Aggregator(): Artifact {
  const file = require.resolve('@chainlink/contracts/abi/v0.7/MockV3Aggregator.json');
  const a = JSON.parse(readFileSync(file, 'utf8')) as {
    compilerOutput: { abi: Abi; evm: { bytecode: { object: string } } };
  };
  const object = a.compilerOutput.evm.bytecode.object;
  return {
    name: 'MockV3Aggregator',
    abi: a.compilerOutput.abi,
    bytecode: (object.startsWith('0x') ? object : `0x${object}`) as Hex,
    linkReferences: {},
  };
}

/**
 * The artifact's creation bytecode with each library address written at the offsets its
 * `linkReferences` give (Hardhat's `__$hash$__` placeholders).
 */
export function linkBytecode(artifact: Artifact, libraries: Readonly<Record<string, Address>>): Hex {
  let code = artifact.bytecode.slice(2);
  for (const file of Object.values(artifact.linkReferences))
    for (const [name, places] of Object.entries(file)) {
      const address = libraries[name];
      if (!address) throw new Error(`${artifact.name} needs library ${name}`);
      for (const { start, length } of places)
        code = code.slice(0, start * 2) + address.slice(2).toLowerCase() + code.slice((start + length) * 2);
    }
  if (code.includes('__$')) throw new Error(`${artifact.name}: an unlinked library placeholder is left`);
  return `0x${code}`;
}
