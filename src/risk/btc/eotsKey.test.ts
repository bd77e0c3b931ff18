import assert from 'node:assert/strict';
import { createECDH, createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { extractEotsKey, SECP256K1_N } from './eotsKey.ts';

// Signatures made as babylonlabs-io/babylon @ a3b6540f3d79930d13ea13c8930ab37d4c9437d9, crypto/eots/eots.go
// `signHash` makes them (BIP-340 with a given nonce), with node:crypto as an independent secp256k1.
const n = SECP256K1_N;
const hex32 = (x: bigint) => x.toString(16).padStart(64, '0');
/** k·G as a 33-byte compressed public key (02/03 = y even/odd), by node:crypto. */
const compressed = (k: bigint) => {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(hex32(k), 'hex'));
  return ecdh.getPublicKey('hex', 'compressed');
};
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const TAG = sha256(Buffer.from('BIP0340/challenge'));

/** `signHash(sk, k, sha256(message))`: s = k' + e·d' with d', k' negated when their point's y is odd. */
function sign(d: bigint, k: bigint, message: string) {
  const pub = compressed(d);
  const r = compressed(k);
  const e = BigInt(
    `0x${sha256(TAG, TAG, Buffer.from(r.slice(2), 'hex'), Buffer.from(pub.slice(2), 'hex'), sha256(Buffer.from(message))).toString('hex')}`,
  );
  assert.ok(e < n, 'challenge overflow (eots.go refuses it)');
  const dd = pub.startsWith('03') ? n - d : d;
  const kk = r.startsWith('03') ? n - k : k;
  return { s: (kk + e * dd) % n, e };
}

describe(extractEotsKey.name, () => {
  const odd = 0xc0ffeen; // its public key starts 03: y is odd
  const even = 0x1234567n; // its public key starts 02
  const nonces = [0x9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffeeddccbbaan, 0x1234568n];

  it('recovers the key of a public key with odd y, negating (s₁ − s₂)/(e₁ − e₂) as eots.go L257-260 does', () => {
    assert.ok(compressed(odd).startsWith('03'));
    assert.deepEqual(
      nonces.map((k) => compressed(k).slice(0, 2)).sort(),
      ['02', '03'],
      'one nonce of each R parity',
    );
    for (const k of nonces) {
      const s1 = sign(odd, k, 'block 1000 / hash A');
      const s2 = sign(odd, k, 'block 1000 / hash B');
      assert.equal(extractEotsKey(s1, s2, compressed(odd)), odd);
      assert.equal(extractEotsKey(s2, s1, compressed(odd)), odd);
    }
  });

  it('recovers an even-y key unchanged; an x-only key (as Babylon stores eots_pk) yields its even-y key', () => {
    const k = nonces[0] as bigint;
    assert.ok(compressed(even).startsWith('02'));
    assert.equal(extractEotsKey(sign(even, k, 'a'), sign(even, k, 'b'), compressed(even)), even);
    const xOnly = compressed(odd).slice(2);
    const key = extractEotsKey(sign(odd, k, 'a'), sign(odd, k, 'b'), xOnly);
    assert.equal(key, n - odd);
    assert.equal(compressed(key), `02${xOnly}`);
  });

  it('refuses signatures that are not by the given key, equal signatures, and a malformed key', () => {
    const k = nonces[1] as bigint;
    const a = sign(odd, k, 'a');
    const b = sign(odd, k, 'b');
    assert.throws(() => extractEotsKey(a, b, compressed(even)), /does not match the public key/);
    assert.throws(() => extractEotsKey(a, a, compressed(odd)), /need to be different/);
    assert.throws(() => extractEotsKey(a, b, '04abc'), /not a secp256k1 public key/);
  });
});
