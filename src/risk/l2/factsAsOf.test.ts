import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import type { SystemFacts, SystemHistory } from '../../model/system.ts';
import { factsAsOf } from './factsAsOf.ts';

const state = (since: string, proofSystem: string) => ({ since, proofSystem }) as unknown as SystemFacts;
const system = {
  ...state('2025-04-29', 'c'),
  history: {
    reviewed: '2026-12-06' as Day,
    entries: [
      { from: '2024-11-01' as Day, facts: state('2024-11-01', 'a') },
      { from: '2025-02-15' as Day, facts: state('2025-02-15', 'b') },
      { from: '2025-04-29' as Day, facts: state('2025-04-29', 'c') },
    ],
  },
} as SystemHistory;
const at = (day: string | null) => factsAsOf(system, day as Day | null);

describe(factsAsOf.name, () => {
  it('takes the latest entry on or before the day, the entry of its own day included', () => {
    assert.deepEqual(
      ['2024-11-01', '2025-02-14', '2025-02-15', '2025-04-28', '2025-04-29', '2030-01-01'].map(
        (d) => at(d)?.proofSystem,
      ),
      ['a', 'a', 'b', 'b', 'c', 'c'],
    );
  });

  it('knows nothing before the first entry', () => {
    assert.equal(at('2024-10-31'), null);
  });

  it('takes the facts as of the day asked, and the latest view as of the day the history was reviewed', () => {
    assert.deepEqual([at('2025-03-01')?.asOf, at('2025-03-01')?.since], ['2025-03-01', '2025-02-15']);
    assert.deepEqual([at(null)?.proofSystem, at(null)?.asOf], ['c', '2026-12-06']);
  });
});
