import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemo } from './memo.ts';

const MiB = 2 ** 20;
/** An answer of about `mib` MiB (a typed array, measured exactly). */
const answer = (mib: number) => async () => new Float64Array((mib * MiB) / 8);

describe('createMemo', () => {
  it('keeps answers within its byte ceiling, least recently used first out, however many keys come', async () => {
    const memo = createMemo(() => 1, { maxBytes: 5 * MiB });
    let made = 0;
    const make = () => {
      made += 1;
      return answer(1)();
    };
    for (let day = 0; day < 100; day++) {
      await memo(`tvl:${day}`, make);
      assert.ok(memo.stats().bytes <= 5 * MiB, `after ${day + 1} keys: ${memo.stats().bytes} bytes`);
    }
    assert.equal(made, 100);
    assert.equal(memo.stats().entries, 4);
    assert.equal(memo.stats().evicted, 96);
    await memo('tvl:96', make);
    await memo('tvl:100', make);
    await memo('tvl:96', make);
    assert.equal(made, 101, 'the recently used key stayed');
  });

  it('makes each answer once while kept, hands an oversized one over without keeping it, keeps no failure', async () => {
    const memo = createMemo(() => 1, { maxBytes: 2 * MiB });
    let calls = 0;
    const counted = async () => {
      calls += 1;
      return 'x';
    };
    await Promise.all([memo('a', counted), memo('a', counted)]);
    assert.equal(calls, 1);
    const big = await memo('big', answer(3));
    assert.equal(big.byteLength, 3 * MiB);
    assert.equal(memo.stats().entries, 0, 'the 3 MiB answer and what it pushed out are gone');
    await assert.rejects(
      memo('bad', async () => {
        throw new Error('no data');
      }),
    );
    assert.equal(await memo('bad', async () => 'now'), 'now');
  });

  it('empties when the store generation changes', async () => {
    let generation = 1;
    const memo = createMemo(() => generation);
    await memo('k', async () => 'one');
    generation = 2;
    assert.equal(await memo('k', async () => 'two'), 'two');
    assert.equal(memo.stats().entries, 1);
  });
});
