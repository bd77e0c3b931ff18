/** An Aave v3 e-mode category's risk parameters (fractions). */
export type EmodeCategory = {
  label: string;
  ltv: number;
  liquidationThreshold: number;
  liquidationBonus: number;
};

/**
 * E-mode categories by market and id. Aave v3 Ethereum category 1 is "ETH correlated": LTV 93%,
 * LT 95%, bonus 1% (aave-dao/aave-v3-origin Ethereum market config; Aave governance AIPs).
 */
export const EMODE_CATEGORIES: Readonly<Record<string, Readonly<Record<number, EmodeCategory>>>> = {
  'aave-v3-ethereum': {
    1: { label: 'ETH correlated', ltv: 0.93, liquidationThreshold: 0.95, liquidationBonus: 1.01 },
  },
};
