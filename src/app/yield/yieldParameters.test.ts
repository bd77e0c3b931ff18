import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';
import { chooseDay } from './subjectPools.ts';
import { YieldBreakdownParameters } from './yieldBreakdown.ts';
import { YieldCliffParameters } from './yieldCliff.ts';
import { parseParameters } from './yieldSchemas.ts';

describe(parseParameters.name, () => {
  it('fills the defaults', () => {
    assert.deepEqual(parseParameters(YieldBreakdownParameters, { subject: { kind: 'chain', id: 'linea' } }), {
      subject: { kind: 'chain', id: 'linea' },
      asOf: null,
      limit: 20,
    });
    assert.equal(parseParameters(YieldCliffParameters, {}).basis, 'sustained');
  });
  it('names the bad parameter and why', () => {
    assert.throws(
      () =>
        parseParameters(YieldBreakdownParameters, {
          subject: { kind: 'chain', id: 'x' },
          asOf: '2025-02-30',
        }),
      (e: unknown) =>
        e instanceof ValidationError && e.details.field === 'asOf' && /not a UTC day/.test(e.message),
    );
    assert.throws(
      () => parseParameters(YieldBreakdownParameters, { subject: { kind: 'token', id: 'x' } }),
      (e: unknown) => e instanceof ValidationError && e.details.field === 'subject.kind',
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
