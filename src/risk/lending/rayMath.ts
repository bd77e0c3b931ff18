/**
 * Aave v3's fixed-point arithmetic on bigints, rounding half up exactly as aave-v3-core
 * `protocol/libraries/math/WadRayMath.sol` and `PercentageMath.sol` do (no overflow checks: bigints do not
 * overflow, and the chain's values are in range). Wad = 1e18, ray = 1e27, percentages in bps (1e4 = 100%).
 */
export const WAD = 10n ** 18n;
export const RAY = 10n ** 27n;
export const PERCENTAGE_FACTOR = 10_000n;

/** (a·b + WAD/2) / WAD */
export const wadMul = (a: bigint, b: bigint): bigint => (a * b + WAD / 2n) / WAD;
/** (a·WAD + b/2) / b */
export const wadDiv = (a: bigint, b: bigint): bigint => (a * WAD + b / 2n) / b;
/** (a·b + RAY/2) / RAY */
export const rayMul = (a: bigint, b: bigint): bigint => (a * b + RAY / 2n) / RAY;
/** (a·RAY + b/2) / b */
export const rayDiv = (a: bigint, b: bigint): bigint => (a * RAY + b / 2n) / b;
/** (value·bps + 5,000) / 10,000 */
export const percentMul = (value: bigint, bps: bigint): bigint =>
  (value * bps + PERCENTAGE_FACTOR / 2n) / PERCENTAGE_FACTOR;
/** (value·10,000 + bps/2) / bps */
export const percentDiv = (value: bigint, bps: bigint): bigint =>
  (value * PERCENTAGE_FACTOR + bps / 2n) / bps;
