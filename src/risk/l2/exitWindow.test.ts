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
      value: '1mo',
      sentiment: 'good',
    });
  });
  it('puts exactly 7 days in warning and one second less in bad', () => {
    assert.equal(exitWindow({ upgradeDelaySeconds: d(14), exitDelaySeconds: d(7) }).sentiment, 'warning');
    assert.equal(exitWindow({ upgradeDelaySeconds: d(14) - 1, exitDelaySeconds: d(7) }).sentiment, 'bad');
    assert.equal(exitWindow({ upgradeDelaySeconds: d(37) - 1, exitDelaySeconds: d(7) }).sentiment, 'warning');
  });
  it("takes the smaller window of two upgrade paths for the sentiment, but keeps the first path's text as L2BEAT does", () => {
    // l2beat riskView.ts @ 95a67bc EXIT_WINDOW: `value: windowText` is built from upgradeDelay alone.
    const w = exitWindow({ upgradeDelaySeconds: d(37), upgradeDelay2Seconds: d(10), exitDelaySeconds: d(7) });
    assert.deepEqual([w.seconds, w.value, w.sentiment], [d(3), '1mo', 'bad']);
  });
  it("applies L2BEAT's Starknet rule (upgrade delay less 1 d, always warning) and ZK stack rule (None)", () => {
    // l2beat riskView.ts @ 95a67bc EXIT_WINDOW_STARKNET(upgradeDelay), EXIT_WINDOW_ZKSTACK(upgradeDelay).
    const s = exitWindow({ upgradeDelaySeconds: d(8), exitDelaySeconds: 0, rule: 'starknet' });
    assert.deepEqual(s, { seconds: d(7), value: '7d', sentiment: 'warning' });
    const long = exitWindow({ upgradeDelaySeconds: d(60), exitDelaySeconds: 0, rule: 'starknet' });
    assert.deepEqual([long.value, long.sentiment], ['1mo 29d', 'warning']);
    const z = exitWindow({ upgradeDelaySeconds: d(21), exitDelaySeconds: 0, rule: 'zkstack' });
    assert.deepEqual(z, { seconds: 0, value: 'None', sentiment: 'bad' });
  });
  it('gives ∞ for non-upgradeable contracts and Unknown (bad) for unverified ones', () => {
    assert.equal(
      exitWindow({ upgradeDelaySeconds: 0, exitDelaySeconds: d(7), upgradeable: false }).sentiment,
      'good',
    );
    assert.deepEqual(exitWindow({ upgradeDelaySeconds: d(60), exitDelaySeconds: 0, verified: false }), {
      seconds: null,
      value: 'Unknown',
      sentiment: 'bad',
    });
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
