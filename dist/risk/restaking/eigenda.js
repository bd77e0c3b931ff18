// src/risk/restaking/eigenda.ts
var EIGENDA_MAINNET = { maxOperators: 3537, chunks: 8192, inverseCodingRate: 8 };
function parseDecimal(text) {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a non-negative decimal number`);
  const digits = BigInt(`${m[1]}${m[2] ?? ""}`);
  const exponent = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  return exponent >= 0 ? { n: digits * 10n ** BigInt(exponent), d: 1n } : { n: digits, d: 10n ** BigInt(-exponent) };
}
var toNumber = (f) => Number(f.n) / Number(f.d);
var ceilDiv = (a, b) => (a + b - 1n) / b;
function reconstructionThreshold(p = EIGENDA_MAINNET) {
  return { n: BigInt(p.chunks), d: BigInt(p.chunks - p.maxOperators) * BigInt(p.inverseCodingRate) };
}
function isSafe(confirmation, adversary, p = EIGENDA_MAINNET) {
  const r = reconstructionThreshold(p);
  const gapN = confirmation.n * adversary.d - adversary.n * confirmation.d;
  return gapN * r.d >= r.n * confirmation.d * adversary.d;
}
function chunkAssignment(stakes, p = EIGENDA_MAINNET) {
  const d = stakes.reduce((acc, s) => acc * s.d, 1n);
  const scaled = stakes.map((s) => s.n * d / s.d);
  const total = scaled.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new RangeError("the stakes sum to zero");
  const slots = BigInt(p.chunks - p.maxOperators);
  return scaled.map((s) => Number(ceilDiv(s * slots, total)));
}
function fewestAbove(shares, over) {
  const d = shares.reduce((acc, s) => acc * s.d, 1n) * over.d;
  const scaled = shares.map((s) => s.n * d / s.d).sort((a, b) => a > b ? -1 : a < b ? 1 : 0);
  const total = scaled.reduce((a, b) => a + b, 0n);
  const limit = over.n * d / over.d;
  let sum = 0n;
  for (let i = 0; i < scaled.length; i++) {
    sum += scaled[i];
    if (sum * d > limit * total) return { operators: i + 1, share: Number(sum) / Number(total) };
  }
  return null;
}
function eigenDaVerdict(confirmation, adversary, stakes, p = EIGENDA_MAINNET) {
  const r = reconstructionThreshold(p);
  const margin = {
    n: confirmation.n * r.d - r.n * confirmation.d,
    d: confirmation.d * r.d
  };
  const liveness = { n: confirmation.d - confirmation.n, d: confirmation.d };
  const withStakes = stakes.length > 0;
  return {
    reconstructionThreshold: toNumber(r),
    confirmationThreshold: toNumber(confirmation),
    adversaryThreshold: toNumber(adversary),
    safe: isSafe(confirmation, adversary, p),
    livenessThreshold: toNumber(liveness),
    chunks: withStakes ? chunkAssignment(stakes, p) : [],
    breakSafety: !withStakes ? null : margin.n < 0n ? { operators: 0, share: 0 } : fewestAbove(stakes, margin),
    breakLiveness: withStakes ? fewestAbove(stakes, liveness) : null
  };
}
export {
  EIGENDA_MAINNET,
  chunkAssignment,
  eigenDaVerdict,
  isSafe,
  parseDecimal,
  reconstructionThreshold
};
