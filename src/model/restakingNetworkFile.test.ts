import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_AMOUNT, RestakingNetworkFile } from './restakingNetworkFile.ts';

const graph = (stake: number, profit = 1) => ({
  validators: [
    { id: 'a', stake },
    { id: 'b', stake: 1 },
  ],
  services: [{ id: 's', alpha: 0.5, profit, validators: ['a', 'b'] }],
});
/** The first issue's JSON path and message, as the readers report them. */
const refusal = (input: unknown) => {
  const r = RestakingNetworkFile.safeParse(input);
  assert.equal(r.success, false, 'refused');
  const issue = r.error?.issues[0];
  return [issue?.path.join('.'), issue?.message];
};

describe('RestakingNetworkFile', () => {
  it('reads the graph form without a format key, and an amount at the limit', () => {
    const r = RestakingNetworkFile.parse(graph(MAX_AMOUNT));
    assert.equal(r.format, 'graph');
    assert.deepEqual(
      r.format === 'graph' ? r.network.validators.map((v) => [v.id, v.stake, v.restaked]) : [],
      [
        ['a', MAX_AMOUNT, null],
        ['b', 1, null],
      ],
    );
  });

  it('refuses a stake or a profit that would overflow the check (1e308), naming the field', () => {
    const [path, message] = refusal(graph(1e308));
    assert.equal(path, 'validators.0.stake');
    assert.match(String(message), /at most 1e\+15/);
    assert.equal(refusal(graph(1, 1e16))[0], 'services.0.profit');
    assert.equal(refusal(graph(Number.POSITIVE_INFINITY))[0], 'validators.0.stake');
  });

  it('refuses an EigenLayer magnitude above WAD and allocations above the max magnitude', () => {
    const el = (magnitude: number, maxMagnitude?: number) => ({
      format: 'eigenlayer',
      strategies: [{ id: 'EIGEN', valuePerShare: 1 }],
      operatorSets: [{ avs: 'AVS1', id: 0, alpha: 0.5, profit: 10 }],
      operators: [
        {
          id: 'op',
          shares: { EIGEN: 100 },
          ...(maxMagnitude === undefined ? {} : { maxMagnitude: { EIGEN: maxMagnitude } }),
          allocations: [{ avs: 'AVS1', set: 0, strategy: 'EIGEN', magnitude }],
        },
      ],
    });
    assert.equal(RestakingNetworkFile.parse(el(1e18)).format, 'eigenlayer');
    assert.equal(refusal(el(2e18))[0], 'operators.0.allocations.0.magnitude');
    assert.match(String(refusal(el(6000, 5000))[1]), /add up to 6000, above the max magnitude 5000/);
  });
});
