// src/api/computeConfig.ts
var computeConfig = (ctx) => ({
  rateLimit: { max: ctx.computeRateLimit, timeWindow: "1 minute" }
});
export {
  computeConfig
};
