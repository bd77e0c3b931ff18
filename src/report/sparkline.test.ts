import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { btc, pct, shareText, usd } from './format.ts';
import { sparkline } from './sparkline.ts';

describe(sparkline.name, () => {
  it('scales from the minimum to the maximum', () => {
    assert.equal(sparkline([1, 2, 3, 8]), '▁▂▃█');
    assert.equal(sparkline([5, 5]), '▄▄');
  });
  it('samples long series down to the width and keeps the last point', () => {
    const line = sparkline(
      Array.from({ length: 100 }, (_, i) => (i === 99 ? 0 : 10)),
      10,
    );
    assert.equal(line.length, 10);
    assert.equal(line.at(-1), '▁');
  });
});

describe('format', () => {
  it('gives every figure its unit and never turns unknown into zero', () => {
    assert.equal(usd(358718599), '$358.7M');
    assert.equal(usd(32882398176), '$32.88B');
    assert.equal(usd(null), 'unknown');
    assert.equal(pct(0.98164), '98.2%');
    assert.equal(btc(91332.4), '91,332 BTC');
    assert.equal(shareText(null, false), 'unknown (no Ethereum figure)');
    assert.equal(shareText(null, false, 0), 'unknown (no L2 figure)');
    assert.equal(shareText(0.1234, true), '≥ 12.3%');
  });
});
