import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exitWindow } from './exitWindow.ts';

const d = (n: number) => n * 86_400;

describe(exitWindow.name, () => {
  it('reproduces the MODELS §4 vectors', () => {
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: 0, exitDelaySeconds: d(7) }), {
      seconds: 0,
      value: 'None',
      sentiment: 'bad',
    });
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: d(30), exitDelaySeconds: d(7) }), {
      seconds: d(23),
      value: '23d',
      sentiment: 'warning',
    });
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: d(37), exitDelaySeconds: d(7) }), {
      seconds: d(30),
      value: '30d',
      sentiment: 'good',
    });
  });
  it('puts exactly 7 days in warning and one second less in bad', () => {
    assert.equal(exitWindow({ upgradeDelaySeconds: d(14), exitDelaySeconds: d(7) }).sentiment, 'warning');
    assert.equal(exitWindow({ upgradeDelaySeconds: d(14) - 1, exitDelaySeconds: d(7) }).sentiment, 'bad');
    assert.equal(exitWindow({ upgradeDelaySeconds: d(37) - 1, exitDelaySeconds: d(7) }).sentiment, 'warning');
  });
  it('takes the smaller window of two upgrade paths', () => {
    const w = exitWindow({ upgradeDelaySeconds: d(37), upgradeDelay2Seconds: d(10), exitDelaySeconds: d(7) });
    assert.deepEqual([w.value, w.sentiment], ['3d', 'bad']);
  });
  it('gives ∞ for non-upgradeable contracts and bad for unverified ones', () => {
    assert.equal(
      exitWindow({ upgradeDelaySeconds: 0, exitDelaySeconds: d(7), upgradeable: false }).sentiment,
      'good',
    );
    assert.equal(
      exitWindow({ upgradeDelaySeconds: d(60), exitDelaySeconds: 0, verified: false }).sentiment,
      'bad',
    );
  });
});

describe('exitWindow with an unknown exit delay', () => {
  it('is None when an upgrade path has no delay (0 − x ≤ 0 for any exit delay)', () => {
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: 0, exitDelaySeconds: null }), {
      seconds: 0,
      value: 'None',
      sentiment: 'bad',
    });
  });

  it('is unknown, not a number, when every upgrade path has a delay', () => {
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: 864_000, exitDelaySeconds: null }), {
      seconds: null,
      value: 'Unknown',
      sentiment: 'UnderReview',
    });
  });
});
