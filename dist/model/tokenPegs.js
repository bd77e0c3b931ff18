// src/model/tokenPegs.ts
var TOKEN_PEGS = {
  ETH: "ETH",
  WETH: "ETH",
  EETH: "ETH",
  WEETH: "ETH",
  STETH: "ETH",
  WSTETH: "ETH",
  ETHX: "ETH",
  RSETH: "ETH",
  EZETH: "ETH",
  PZETH: "ETH",
  TWETH: "ETH",
  SFRXETH: "ETH",
  WBETH: "ETH",
  METH: "ETH",
  CBETH: "ETH",
  RETH: "ETH",
  WBTC: "BTC",
  BTCB: "BTC",
  CBBTC: "BTC",
  TBTC: "BTC",
  LBTC: "BTC",
  SOLVBTC: "BTC",
  "SOLVBTC.BBN": "BTC",
  UNIBTC: "BTC",
  STBTC: "BTC",
  USDC: "USD",
  USDT: "USD",
  DAI: "USD",
  USD0: "USD",
  DEUSD: "USD",
  USDE: "USD",
  FRAX: "USD"
};
export {
  TOKEN_PEGS
};
