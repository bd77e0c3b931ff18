// src/analytics/highs.ts
function highs(series, window) {
  const found = [];
  const queue = [];
  for (let i = 0; i < series.length; i++) {
    const point = series[i];
    while (queue.length > 0 && queue[0] < i - window) queue.shift();
    if (i >= window) {
      const previousMax = series[queue[0]].value;
      if (point.value >= previousMax) found.push({ day: point.day, value: point.value, previousMax });
    }
    while (queue.length > 0 && series[queue.at(-1)].value <= point.value)
      queue.pop();
    queue.push(i);
  }
  return found;
}
function isHigh(series, day, window) {
  const i = series.findIndex((p) => p.day === day);
  if (i < window) return null;
  const value = series[i].value;
  return series.slice(i - window, i).every((p) => p.value <= value);
}
export {
  highs,
  isHigh
};
