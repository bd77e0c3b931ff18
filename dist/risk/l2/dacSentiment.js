// src/risk/l2/dacSentiment.ts
function dacSentiment(dac) {
  const minimumHonest = dac.members - dac.threshold + 1;
  const bad = dac.members < 6 || 3 * minimumHonest > dac.members;
  return { minimumHonest, sentiment: bad ? "bad" : "warning" };
}
export {
  dacSentiment
};
