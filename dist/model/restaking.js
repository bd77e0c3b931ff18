// src/model/restaking.ts
var EIGENLAYER_WITHDRAWAL_DELAY_DAYS = 100800 * 12 / 86400;
var operatorSetId = (s) => `${s.avs}:${s.set}`;
export {
  EIGENLAYER_WITHDRAWAL_DELAY_DAYS,
  operatorSetId
};
