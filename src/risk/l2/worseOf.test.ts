import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { worseOf } from './worseOf.ts';

describe(worseOf.name, () => {
  it('orders good < neutral < warning < bad < UnderReview', () => {
    assert.equal(worseOf('good', 'neutral'), 'neutral');
    assert.equal(worseOf('warning', 'bad', 'neutral'), 'bad');
    assert.equal(worseOf('bad', 'UnderReview'), 'UnderReview');
    assert.equal(worseOf(), 'good');
  });
});
