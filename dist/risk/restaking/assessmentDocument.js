// src/risk/restaking/assessmentDocument.ts
function assessmentDocument(a) {
  const c = a.certificate;
  return {
    secure: c.secure,
    gammaStar: c.gammaStar,
    gammaLowerBound: c.gammaLowerBound,
    gammaExact: c.gammaExact,
    validAttack: c.validAttack,
    binding: c.binding,
    sufficientCondition: a.sufficientCondition,
    cascade: a.cascade,
    unit: a.unit,
    checked: a.format === "eigenlayer" ? "slashable stake" : "graph",
    onPaper: a.onPaper && {
      secure: a.onPaper.secure,
      gammaStar: a.onPaper.gammaStar,
      validAttack: a.onPaper.validAttack
    }
  };
}
export {
  assessmentDocument
};
