import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatSeconds } from './formatSeconds.ts';

/**
 * Vectors from l2beat/l2beat `packages/shared-pure/src/utils/formatSeconds.test.ts` @ eb3887e387db79f9a5332176da3804e075f92d22,
 * "short units / rounds up seconds to lower unit" (the function is `formatSeconds` of
 * `packages/shared-pure/src/utils/formatSeconds.ts` @ 3bcfcfd1c477278b8f294836a2685910ef0a76f0).
 */
const L2BEAT_VECTORS: [number, string][] = [
  [1, '1s'],
  [60, '1m'],
  [61, '1m 1s'],
  [3600, '1h'],
  [3601, '1h'],
  [3660, '1h 1m'],
  [3661, '1h 1m'],
  [86400, '1d'],
  [86401, '1d'],
  [86460, '1d'],
  [86461, '1d'],
  [90000, '1d 1h'],
  [90060, '1d 1h'],
  [90061, '1d 1h'],
  [31536000, '1y'],
  [63072000, '2y'],
  [2592000, '1mo'],
  [5184000, '2mo'],
  [34128000, '1y 1mo'],
  [34214400, '1y 1mo'],
  [5270400, '2mo 1d'],
  [5443200, '2mo 3d'],
  [34218000, '1y 1mo'],
];

/**
 * A line-by-line port of L2BEAT's `formatSeconds` (shared-pure @ 3bcfcfd, number input, default options):
 * successive remainders by year, month, day, hour, minute; the two units from the first non-zero one,
 * a zero second unit dropped.
 */
function l2beatPort(seconds: number): string {
  const Y = 365 * 86400;
  const MO = 30 * 86400;
  const values = [
    Math.floor(seconds / Y),
    Math.floor((seconds % Y) / MO),
    Math.floor(((seconds % Y) % MO) / 86400),
    Math.floor((((seconds % Y) % MO) % 86400) / 3600),
    Math.floor(((((seconds % Y) % MO) % 86400) % 3600) / 60),
    Math.floor(((((seconds % Y) % MO) % 86400) % 3600) % 60),
  ];
  const units = ['y', 'mo', 'd', 'h', 'm', 's'];
  const first = values.findIndex((v) => v > 0);
  if (first === -1) return '0s';
  return values
    .slice(first, first + 2)
    .map((v, i) => (v > 0 ? `${v}${units[first + i]}` : undefined))
    .filter((s) => s !== undefined)
    .join(' ');
}

describe(formatSeconds.name, () => {
  it("gives L2BEAT's texts for every vector of its own test (two units, months of 30 d, years of 365 d)", () => {
    for (const [seconds, text] of L2BEAT_VECTORS) assert.equal(formatSeconds(seconds), text, String(seconds));
  });

  it('writes 0 as 0s and a 30-day exit window as 1mo, not 30d', () => {
    assert.equal(formatSeconds(0), '0s');
    assert.equal(formatSeconds(30 * 86_400), '1mo');
    assert.equal(formatSeconds(7 * 86_400), '7d');
  });

  it("agrees with a port of L2BEAT's function on every whole number of seconds up to 10 years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 86_400 }), (s) => formatSeconds(s) === l2beatPort(s)),
      { numRuns: 5_000 },
    );
  });
});
