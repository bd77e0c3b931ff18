import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainInfo, normaliseChain, parseChainKey } from './normaliseChain.ts';

describe(normaliseChain.name, () => {
  it('maps every spelling of one chain in the data to one id', () => {
    const groups: Record<string, string[]> = {
      'zksync-era': ['zksync era', 'zkSync Era', 'ZKsync Era', 'zksync2'],
      'op-mainnet': ['op', 'OP Mainnet', 'optimism', 'op mainnet'],
      rootstock: ['rsk', 'Rootstock', 'RSK'],
      bsquared: ['bsquared', 'B²', 'b2'],
      bsc: ['binance', 'BSC', 'BNB Chain', 'bnbsmartchain'],
      gnosis: ['xdai', 'Gnosis'],
      manta: ['Manta Pacific', 'manta', 'mantapacific'],
      'polygon-zkevm': ['polygon zkevm', 'Polygon zkEVM', 'polygonzkevm'],
      'babylon-genesis': ['Babylon Genesis', 'babylongenesis'],
      core: ['CORE', 'Core', 'core chain'],
    };
    for (const [id, spellings] of Object.entries(groups)) {
      for (const spelling of spellings) assert.equal(normaliseChain(spelling), id, spelling);
    }
  });

  it('turns an unknown chain into a stable slug with an unknown layer', () => {
    assert.equal(normaliseChain('Milkomeda A1'), 'milkomeda-a1');
    assert.equal(normaliseChain('  Defichain   EVM '), 'defichain-evm');
    assert.equal(chainInfo(normaliseChain('Milkomeda A1')).layer, 'unknown');
  });

  it('knows each chain in the data by layer and parent', () => {
    assert.deepEqual(
      ['arbitrum', 'base', 'stacks', 'ethereum'].map((c) => [
        chainInfo(normaliseChain(c)).layer,
        chainInfo(normaliseChain(c)).parent,
      ]),
      [
        ['L2', 'ethereum'],
        ['L2', 'ethereum'],
        ['btc-layer', 'bitcoin'],
        ['L1', null],
      ],
    );
  });
});

describe(parseChainKey.name, () => {
  it('splits DefiLlama section keys', () => {
    assert.deepEqual(parseChainKey('CORE-borrowed'), { chain: 'core', section: 'borrowed' });
    assert.deepEqual(parseChainKey('Ethereum-staking'), { chain: 'ethereum', section: 'staking' });
    assert.deepEqual(parseChainKey('borrowed'), { chain: 'all', section: 'borrowed' });
    assert.deepEqual(parseChainKey('zkSync Era'), { chain: 'zksync-era', section: 'tvl' });
  });
});
