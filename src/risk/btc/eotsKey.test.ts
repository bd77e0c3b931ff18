import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEotsKey, SECP256K1_N } from './eotsKey.ts';

const n = SECP256K1_N;
const sign = (k: bigint, e: bigint, x: bigint) => ({ s: (((k + e * x) % n) + n) % n, e });

describe(extractEotsKey.name, () => {
  it('recovers the secret key from two signatures sharing a nonce (MODELS §5)', () => {
    const x = 0x1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3an % n;
    const k = 0x9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffeeddccbbaan % n;
    const e1 = 0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5an;
    const e2 = 0xa5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5n % n;
    assert.equal(extractEotsKey(sign(k, e1, x), sign(k, e2, x)), x);
    assert.equal(extractEotsKey(sign(k, e2, x), sign(k, e1, x)), x);
  });

  it('matches a hand-worked case in a small group: x = (s₁ − s₂)/(e₁ − e₂) mod 23', () => {
    // x = 7, k = 5: s = 5 + 3·7 = 26 ≡ 3 and s = 5 + 10·7 = 75 ≡ 6 (mod 23); (3 − 6)/(3 − 10) = 3/7 ≡ 3·10 ≡ 7.
    assert.equal(extractEotsKey({ s: 3n, e: 3n }, { s: 6n, e: 10n }, 23n), 7n);
  });

  it('refuses two signatures over the same challenge (nothing leaks)', () => {
    assert.throws(() => extractEotsKey({ s: 1n, e: 4n }, { s: 1n, e: 4n + n }), /challenges are equal/);
  });
});
