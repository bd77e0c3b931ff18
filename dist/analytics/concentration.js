// src/analytics/concentration.ts
function hhi(shares) {
  return shares.reduce((sum, s) => sum + (100 * s) ** 2, 0);
}
function hhiBand(index) {
  return index < 1e3 ? "unconcentrated" : index <= 1800 ? "moderate" : "high";
}
function nakamoto(shares, theta) {
  const sorted = [...shares].sort((a, b) => b - a);
  let sum = 0;
  for (const [i, s] of sorted.entries()) {
    sum += s;
    if (sum > theta + 1e-12) return i + 1;
  }
  return sorted.length;
}
function concentration(participants) {
  const positive = participants.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  const total = positive.reduce((sum, p) => sum + p.value, 0);
  const shares = positive.map((p) => p.value / total);
  const index = total > 0 ? hhi(shares) : 0;
  const first = positive[0];
  return {
    count: positive.length,
    total,
    leader: first ? { name: first.name, value: first.value, share: first.value / total } : null,
    hhi: index,
    band: hhiBand(index),
    top3Share: shares.slice(0, 3).reduce((a, b) => a + b, 0),
    nakamoto50: nakamoto(shares, 1 / 2),
    nakamoto33: nakamoto(shares, 1 / 3),
    participants: positive.map((p, i) => ({ name: p.name, value: p.value, share: shares[i] }))
  };
}
export {
  concentration,
  hhi,
  hhiBand,
  nakamoto
};
