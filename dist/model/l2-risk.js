// src/model/l2-risk.ts
var ROSETTE_SLICES = [
  ["stateValidation", "State Validation"],
  ["dataAvailability", "Data Availability"],
  ["exitWindow", "Exit Window"],
  ["sequencerFailure", "Sequencer Failure"],
  ["proposerFailure", "Proposer Failure"]
];
var SENTIMENTS = ["good", "neutral", "warning", "bad", "UnderReview"];
export {
  ROSETTE_SLICES,
  SENTIMENTS
};
