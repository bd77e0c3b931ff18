import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dacSentiment } from './dacSentiment.ts';

describe(dacSentiment.name, () => {
  it('reproduces the MODELS §4 vector: 10-of-14 needs 5 honest, 0.357 > 1/3, bad', () => {
    assert.deepEqual(dacSentiment({ members: 14, threshold: 10 }), { minimumHonest: 5, sentiment: 'bad' });
  });
  it('compares 1/3 exactly: 5-of-6 needs 2 honest = 1/3, warning; fewer than 6 members is bad', () => {
    assert.deepEqual(dacSentiment({ members: 6, threshold: 5 }), { minimumHonest: 2, sentiment: 'warning' });
    assert.deepEqual(dacSentiment({ members: 9, threshold: 7 }), { minimumHonest: 3, sentiment: 'warning' });
    assert.equal(dacSentiment({ members: 5, threshold: 5 }).sentiment, 'bad');
  });
});
