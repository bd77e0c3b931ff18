// src/model/aaveEmode.ts
var EMODE_CATEGORIES = {
  "aave-v3-ethereum": {
    1: { label: "ETH correlated", ltv: 0.93, liquidationThreshold: 0.95, liquidationBonus: 1.01 }
  }
};
export {
  EMODE_CATEGORIES
};
