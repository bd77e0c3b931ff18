import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import { UsageError } from '../../core/errors.ts';
import { parseParameters } from '../parameters.ts';
import { chooseDay } from './subjectPools.ts';
import { YieldParameters } from './yieldBreakdown.ts';
import { YieldCliffParameters } from './yieldCliff.ts';
import { subjectOf } from './yieldSchemas.ts';

const usageOn = (field: string, message: RegExp) => (e: unknown) =>
  e instanceof UsageError && e.details.field === field && message.test(e.message);

describe('yield parameters', () => {
  it('fills the defaults, reading numbers as a query string carries them', () => {
    assert.deepEqual(parseParameters(YieldParameters, { chain: 'linea' }, 'yield'), {
      chain: 'linea',
      limit: 20,
    });
    assert.equal(parseParameters(YieldParameters, { chain: 'linea', limit: '5' }, 'yield').limit, 5);
    const cliff = parseParameters(YieldCliffParameters, {}, 'yield cliff');
    assert.deepEqual([cliff.basis, cliff.episodes, cliff.limit], ['sustained', 'subject', 1000]);
  });
  it('names the bad parameter and why, as a usage error', () => {
    assert.throws(
      () => parseParameters(YieldParameters, { chain: 'x', asOf: '2025-02-30' }, 'yield'),
      usageOn('asOf', /not a UTC day/),
    );
    assert.throws(
      () => parseParameters(YieldParameters, { chain: 'x', limit: 0 }, 'yield'),
      usageOn('limit', /yield/),
    );
    assert.throws(
      () => parseParameters(YieldCliffParameters, { basis: 'most' }, 'yield cliff'),
      usageOn('basis', /sustained/),
    );
    assert.throws(() => parseParameters(YieldParameters, { token: 'x' }, 'yield'), UsageError);
  });
});

describe(subjectOf.name, () => {
  it('takes the one subject named, none as null, and refuses two', () => {
    assert.deepEqual(subjectOf({ category: 'Lending' }), { kind: 'category', id: 'Lending' });
    assert.equal(subjectOf({}), null);
    assert.throws(
      () => subjectOf({ protocol: 'aave', chain: 'base' }),
      usageOn('chain', /not protocol and chain/),
    );
  });
});

describe(chooseDay.name, () => {
  const d = (day: string, pools: number) => ({ day: day as Day, pools });
  it('takes the newest day covering at least half the subject’s best-covered day', () => {
    // Linea: the 2025-10-06 DEX snapshot has 1 pool, the 2025-04-10 export 92.
    assert.equal(chooseDay([d('2025-10-06', 1), d('2025-10-05', 0), d('2025-04-10', 92)]), '2025-04-10');
    assert.equal(chooseDay([d('2025-10-06', 60), d('2025-04-10', 92)]), '2025-10-06');
    assert.equal(chooseDay([]), null);
  });
});
