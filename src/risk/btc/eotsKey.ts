import { ValidationError } from '../../core/errors.ts';

/** The order n of secp256k1's group. */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
/** The field prime p of secp256k1. */
const P = 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn;
const G = {
  x: 0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798n,
  y: 0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8n,
};

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

type Point = { x: bigint; y: bigint } | null;

/** a + b on secp256k1 in affine coordinates (null is the point at infinity). */
function add(a: Point, b: Point): Point {
  if (!a) return b;
  if (!b) return a;
  if (a.x === b.x && mod(a.y + b.y, P) === 0n) return null;
  const slope =
    a.x === b.x ? mod(3n * a.x * a.x * inverse(2n * a.y, P), P) : mod((b.y - a.y) * inverse(b.x - a.x, P), P);
  const x = mod(slope * slope - a.x - b.x, P);
  return { x, y: mod(slope * (a.x - x) - a.y, P) };
}

/** k·G by double-and-add. */
function baseMul(k: bigint): Point {
  let result: Point = null;
  let addend: Point = G;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(result, addend);
    addend = add(addend, addend);
  }
  return result;
}

/**
 * A public key as hex: 33-byte SEC1 compressed (02/03 prefix: y even/odd) or 32-byte BIP-340 x-only,
 * which denotes the point with even y (`schnorr.ParsePubKey`, as Babylon stores `eots_pk`).
 */
function parsePublicKey(hex: string): { x: bigint; yOdd: boolean } {
  const clean = hex.trim().toLowerCase();
  if (/^0[23][0-9a-f]{64}$/.test(clean)) return { x: BigInt(`0x${clean.slice(2)}`), yOdd: clean[1] === '3' };
  if (/^[0-9a-f]{64}$/.test(clean)) return { x: BigInt(`0x${clean}`), yOdd: false };
  throw new ValidationError('not a secp256k1 public key (33-byte compressed or 32-byte x-only hex)', {
    field: 'publicKey',
  });
}

/**
 * A Babylon finality provider's EOTS secret key from two signatures made with the same nonce over
 * different messages (equivocation, MODELS §5). Signing uses the key d' whose point has even y
 * (s = k' + e·d', d' = n − d when d·G has odd y), so x = (s₁ − s₂)/(e₁ − e₂) mod n is d', negated back
 * when the public key's y is odd; the result must give the public key back. Port of
 * babylonlabs-io/babylon crypto/eots/eots.go `extractFromHashes`; `e` is each signature's BIP-340 challenge.
 * @example extractEotsKey({ s: s1, e: e1 }, { s: s2, e: e2 }, '03…') === d
 */
export function extractEotsKey(
  a: { s: bigint; e: bigint },
  b: { s: bigint; e: bigint },
  publicKey: string,
): bigint {
  const pub = parsePublicKey(publicKey);
  if (mod(a.s - b.s, SECP256K1_N) === 0n)
    throw new RangeError('the two signatures need to be different in order to extract');
  const effective = mod((a.s - b.s) * inverse(a.e - b.e, SECP256K1_N), SECP256K1_N);
  const key = pub.yOdd ? mod(-effective, SECP256K1_N) : effective;
  const point = baseMul(key);
  if (!point || point.x !== pub.x || ((point.y & 1n) === 1n) !== pub.yOdd)
    throw new ValidationError('the extracted private key does not match the public key', {
      field: 'publicKey',
    });
  return key;
}
