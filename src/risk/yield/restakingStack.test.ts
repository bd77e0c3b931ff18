import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRestakingStacks } from '../../sources/files/readRestakingStacks.ts';
import { pool } from './_testPool.ts';
import { restakingStack } from './restakingStack.ts';

const { layers } = readRestakingStacks();
// The yields export of ~2025-04-10: ether.fi weETH 5.40818% = 4.93189 base + 0.47629 reward; Lido stETH 3.122% base.
const weeth = pool({
  project: 'ether.fi Stake',
  symbol: 'WEETH',
  apy: 5.40818,
  apyBase: 4.93189,
  apyReward: 0.47629,
});
const steth = pool({ project: 'Lido', symbol: 'STETH', apy: 3.122, apyBase: 3.122 });

describe(restakingStack.name, () => {
  it('stacks weETH as ETH staking, restaking rewards above it, token incentives and unpriced points', () => {
    const stack = restakingStack(layers, weeth, steth);
    const apy = Object.fromEntries(stack.layers.map((l) => [l.id, l.apy]));
    assert.equal(apy['eth-staking'], 3.122);
    assert.ok(Math.abs((apy['avs-rewards'] ?? 0) - 1.80989) < 1e-12);
    assert.equal(apy['token-incentives'], 0.47629);
    assert.equal(apy.points, null);
    assert.ok(Math.abs((stack.knownApy ?? 0) - 5.40818) < 1e-12);
    assert.deepEqual(stack.unknownLayers, ['points']);
  });

  it('says an exit through the 14-day queue earns none of the layers', () => {
    assert.equal(restakingStack(layers, weeth, steth).duringExitApy, 0);
  });

  it('knows nothing of a token without a pool, or of the split of a pool that gives none (Kelp rsETH 3.06%)', () => {
    assert.equal(restakingStack(layers, null, steth).knownApy, null);
    const rseth = restakingStack(layers, pool({ apy: 3.06 }), steth);
    assert.deepEqual(rseth.unknownLayers, ['eth-staking', 'avs-rewards', 'token-incentives', 'points']);
  });
});
