// src/report/sparkline.ts
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values, width = 24) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return "";
  const sampled = finite.length <= width ? finite : Array.from(
    { length: width },
    (_, i) => finite[Math.round(i * (finite.length - 1) / (width - 1))]
  );
  const min = Math.min(...sampled);
  const max = Math.max(...sampled);
  return sampled.map((v) => BARS[max === min ? 3 : Math.round((v - min) / (max - min) * (BARS.length - 1))]).join("");
}
export {
  sparkline
};
