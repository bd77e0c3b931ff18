/** The order n of secp256k1's group. */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const mod = (a: bigint, n: bigint) => ((a % n) + n) % n;

/** a⁻¹ mod n by the extended Euclidean algorithm; throws when a ≡ 0. */
function inverse(a: bigint, n: bigint): bigint {
  let [r0, r1] = [mod(a, n), n];
  let [s0, s1] = [1n, 0n];
  if (r0 === 0n) throw new RangeError('no inverse: the challenges are equal mod n');
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, n);
}

/**
 * A Babylon finality provider's EOTS secret key from two signatures made with the same nonce over
 * different messages (equivocation, MODELS §5): `s = k + e·x mod n`, so `x = (s₁ − s₂)/(e₁ − e₂) mod n`.
 * @example extractEotsKey({ s: s1, e: e1 }, { s: s2, e: e2 }) === x
 */
export function extractEotsKey(
  a: { s: bigint; e: bigint },
  b: { s: bigint; e: bigint },
  n: bigint = SECP256K1_N,
): bigint {
  return mod((a.s - b.s) * inverse(a.e - b.e, n), n);
}
