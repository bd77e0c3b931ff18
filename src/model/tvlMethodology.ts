/**
 * Categories DefiLlama leaves out of chain and overall TVL (defillama-server
 * `defi/src/utils/excludeProtocols.ts`, MODELS §1); Bridge and Canonical Bridge are off by default too.
 */
export const EXCLUDED_CATEGORIES: ReadonlySet<string> = new Set([
  'Chain',
  'CEX',
  'Infrastructure',
  'Staking Pool',
  'RWA',
  'Basis Trading',
  'CeDeFi',
]);
