import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import { readRegistry } from '../../sources/files/readRegistry.ts';
import { weakChainHistory, weakChainsOn } from './weakChains.ts';

const history = weakChainHistory(readRegistry(join(import.meta.dirname, '../../../registry')));
const on = (day: string) => weakChainsOn(history, day as Day);

describe(weakChainsOn.name, () => {
  it("uses the registry entry in force on the day: Arbitrum's BoLD and Base's council do not make them strong, exit windows do", () => {
    // Base's exit window stays None after 2025-04-29 (its council only changed the stage); Arbitrum's is 7 d throughout.
    assert.deepEqual(
      ['2024-11-15', '2026-12-06'].map((d) => [on(d).has('base'), on(d).has('arbitrum')]),
      [
        [true, false],
        [true, false],
      ],
    );
  });

  it('a system weak on one day and not on another: Starknet gains an exit window from 2025-05-15', () => {
    assert.deepEqual(
      ['2025-05-14', '2025-05-15'].map((d) => on(d).has('starknet')),
      [true, false],
    );
  });

  it('knows no Bitcoin layer before its first entry (2025-11-01), and knows them after', () => {
    assert.equal(on('2025-10-31').has('stacks'), false);
    assert.equal(on('2025-11-01').has('stacks'), true);
  });
});
