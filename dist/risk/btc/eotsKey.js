// src/risk/btc/eotsKey.ts
var SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
var mod = (a, n) => (a % n + n) % n;
function inverse(a, n) {
  let [r0, r1] = [mod(a, n), n];
  let [s0, s1] = [1n, 0n];
  if (r0 === 0n) throw new RangeError("no inverse: the challenges are equal mod n");
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, n);
}
function extractEotsKey(a, b, n = SECP256K1_N) {
  return mod((a.s - b.s) * inverse(a.e - b.e, n), n);
}
export {
  SECP256K1_N,
  extractEotsKey
};
