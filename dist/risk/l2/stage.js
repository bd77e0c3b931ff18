// src/risk/l2/stage.ts
var DAY_S = 86400;
var atLeast = (seconds, days) => seconds === null || seconds >= days * DAY_S;
var councilSetUp = (c) => c !== null && 4 * c.threshold >= 3 * c.members;
var CHECKLIST = [
  { stage: "Stage 0", requirement: "state roots are posted to L1", met: (f) => f.stateRootsOnL1 },
  { stage: "Stage 0", requirement: "data is published on L1", met: (f) => f.dataOnL1 },
  { stage: "Stage 0", requirement: "a proof system is live", met: (f) => f.proofSystem },
  {
    stage: "Stage 0",
    requirement: "a fraud-proof system has at least 5 external challengers",
    met: (f) => !f.fraudProofs || f.externalProofActors >= 5
  },
  { stage: "Stage 0", requirement: "node source code is available", met: (f) => f.nodeSourceAvailable },
  {
    stage: "Stage 1",
    requirement: "users can exit without cooperation",
    met: (f) => f.exitWithoutCooperation
  },
  {
    stage: "Stage 1",
    requirement: "at least 7 days to exit before upgrades not made by the security council",
    met: (f) => atLeast(f.nonCouncilExitWindowSeconds, 7)
  },
  {
    stage: "Stage 1",
    requirement: "a security council properly set up (at least 75% of it needed to act)",
    met: (f) => councilSetUp(f.securityCouncil)
  },
  { stage: "Stage 2", requirement: "proofs are permissionless", met: (f) => f.permissionlessProofs },
  {
    stage: "Stage 2",
    requirement: "at least 30 days to exit before any upgrade",
    met: (f) => atLeast(f.exitWindowSeconds, 30)
  },
  {
    stage: "Stage 2",
    requirement: "the security council acts only on bugs provable on chain",
    met: (f) => f.councilOnlyForProvableBugs
  }
];
function evaluateStage(facts) {
  const unmet = CHECKLIST.filter((r) => !r.met(facts)).map(({ stage: stage2, requirement }) => ({
    stage: stage2,
    requirement
  }));
  const first = unmet[0]?.stage;
  const stage = first === void 0 ? "Stage 2" : first === "Stage 2" ? "Stage 1" : first === "Stage 1" ? "Stage 0" : null;
  return { stage, unmet };
}
export {
  evaluateStage
};
