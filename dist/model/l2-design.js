// src/model/l2-design.ts
var STATE_VALIDATION = {
  "zk-proofs": "good",
  "fraud-proofs": "good",
  "fraud-proofs-permissioned": "warning",
  "sgx-proofs": "bad",
  none: "bad",
  "under-review": "UnderReview"
};
var DATA_AVAILABILITY = {
  onchain: "good",
  dac: null,
  external: "bad",
  "under-review": "UnderReview"
};
var SEQUENCER_FAILURE = {
  "self-sequence": "good",
  "force-via-l1": "good",
  "enqueue-via-l1": "warning",
  "no-mechanism": "bad",
  "under-review": "UnderReview"
};
var PROPOSER_FAILURE = {
  "self-propose": "good",
  "use-escape-hatch": "good",
  "cannot-withdraw": "bad",
  "under-review": "UnderReview"
};
export {
  DATA_AVAILABILITY,
  PROPOSER_FAILURE,
  SEQUENCER_FAILURE,
  STATE_VALIDATION
};
