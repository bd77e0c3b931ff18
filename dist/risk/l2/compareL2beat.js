// src/risk/l2/compareL2beat.ts
import { ROSETTE_SLICES } from "../../model/l2-risk.js";
function compareWithL2beat(ours, theirs) {
  const out = [];
  const stage = ours.stage ?? "no stage";
  const sameStage = stage === theirs.stage || ours.stage === null && theirs.stage === "NotApplicable" && ours.dataAvailability.sentiment !== "good";
  if (!sameStage)
    out.push({ subject: "stage", ours: stage, theirs: theirs.stage, reason: stageReason(ours) });
  for (const [i, [key, name]] of ROSETTE_SLICES.entries()) {
    const mine = ours.rosette[i];
    const published = theirs.rosette[key];
    if (!mine || mine.sentiment === published.sentiment) continue;
    out.push({
      subject: key,
      ours: `${mine.value} (${mine.sentiment})`,
      theirs: `${published.value} (${published.sentiment})`,
      reason: `the registry's ${name.toLowerCase()} "${mine.value}" is ${mine.sentiment} under L2BEAT's rules; L2BEAT published ${published.sentiment}`
    });
  }
  return out;
}
function stageReason(a) {
  const next = a.unmet[0];
  if (!next) return "Faultline's checklist finds every requirement met";
  const same = a.unmet.filter((u) => u.stage === next.stage).map((u) => u.requirement);
  return `Faultline finds unmet for ${next.stage}: ${same.join("; ")}`;
}
export {
  compareWithL2beat
};
