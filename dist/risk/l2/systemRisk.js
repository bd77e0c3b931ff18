// src/risk/l2/systemRisk.ts
import {
  ONCHAIN_DA
} from "../../model/system.js";
import { custodyThresholds } from "../btc/custodyThresholds.js";
import { assessL2 } from "./assessL2.js";
import { formatSeconds } from "./exitWindow.js";
var NO_PROOFS = /* @__PURE__ */ new Set(["none", "sgx-proofs"]);
var CAN_FORCE = /* @__PURE__ */ new Set(["self-sequence", "force-via-l1"]);
var CAN_PROPOSE = /* @__PURE__ */ new Set(["self-propose", "use-escape-hatch"]);
var TRUSTED_CUSTODY = /* @__PURE__ */ new Set(["federation", "threshold-signers", "custodian"]);
function assessSystem(f) {
  const l2 = f.design ? assessL2(f.design) : null;
  const selfCustody = f.custody.kind === "self-custody";
  const base = {
    id: f.id,
    name: f.name,
    kind: f.kind,
    type: f.type,
    daLayer: f.daLayer,
    l2,
    flags: {
      exitWindowNone: l2 ? l2.exitWindow.value === "None" : null,
      proofsAbsent: selfCustody ? null : f.design ? NO_PROOFS.has(f.design.stateValidation) : f.proofSystem === null,
      daOffchain: selfCustody ? null : !ONCHAIN_DA.has(f.daLayer),
      federatedBridge: TRUSTED_CUSTODY.has(f.custody.kind)
    }
  };
  if (f.design && l2) return { ...base, ...l2Trust(f, f.design, l2) };
  return { ...base, ...layerTrust(f) };
}
function l2Trust(f, d, a) {
  const upgrade = upgradePath(f, a.exitWindow.value === "None" && d.upgradeable);
  const steal = fewest(
    [
      d.stateValidation === "none" && f.proposer ? actors(f.proposer, "posts state roots no proof checks") : null,
      d.stateValidation === "sgx-proofs" ? unknown("whoever can forge an SGX attestation") : null,
      upgrade
    ],
    "no party: proofs check every state root and users can exit before any upgrade"
  );
  const dac = d.dataAvailability === "dac" && d.dac ? at(d.dac.members - d.dac.threshold + 1, `of ${d.dac.members} DAC members withhold data`) : null;
  const freeze = fewest(
    [
      d.proposerFailure === "cannot-withdraw" && f.proposer ? actors(f.proposer, "stops proposing, so withdrawals stop") : null,
      dac,
      upgrade,
      f.pauser ? actors(f.pauser, "can pause withdrawals") : null
    ],
    "no party: users can propose state and withdraw themselves"
  );
  const censor = d.sequencerFailure === "under-review" ? unknown("sequencer failure mode under review") : CAN_FORCE.has(d.sequencerFailure) ? none(
    `forced inclusion through L1 bounds censorship to ${delayText(f.delays.forcedInclusionSeconds)}`
  ) : actors(f.sequencer, "can ignore users and L1 cannot force it");
  const unilateral = CAN_FORCE.has(d.sequencerFailure) && CAN_PROPOSE.has(d.proposerFailure);
  return {
    steal,
    freeze,
    censor,
    exitLatency: latency(f.delays, unilateral),
    custody: "canonical bridge contract on Ethereum"
  };
}
function upgradePath(f, noExitWindow) {
  if (f.instantUpgrader) return actors(f.instantUpgrader, "can upgrade the bridge with no delay");
  return noExitWindow ? unknown("upgrades outpace exits, but the upgrader is not recorded") : null;
}
function layerTrust(f) {
  if (f.custody.kind === "canonical") {
    const who = "canonical bridge without L2BEAT design facts";
    return {
      steal: unknown(who),
      freeze: unknown(who),
      censor: unknown(who),
      exitLatency: latency(f.delays, false),
      custody: who
    };
  }
  const c = custodyThresholds(f.custody);
  const halt = haltingSet(f.sequencer);
  const upgrade = upgradePath(f, false);
  return {
    steal: fewest([c.steal, upgrade], c.steal.who),
    freeze: f.custody.kind === "self-custody" ? fewest([c.freeze, upgrade], c.freeze.who) : fewest([c.freeze, halt, upgrade], c.freeze.who),
    censor: halt ?? none(`${f.sequencer.name}: an open set, no fixed group can censor`),
    exitLatency: latency(f.delays, f.custody.kind === "self-custody"),
    custody: c.note
  };
}
function haltingSet(p) {
  if (p.kind === "open") return null;
  if (p.kind === "single") return at(1, `${p.name} stops producing blocks`);
  if (p.members === null || p.threshold === null) return unknown(`${p.name} (size or quorum not disclosed)`);
  return at(p.members - p.threshold + 1, `of ${p.members} ${p.name} block the quorum of ${p.threshold}`);
}
function actors(p, what) {
  if (p.kind === "single" || p.kind === "open") return at(1, `${p.name} ${what}`);
  if (p.threshold === null) return unknown(`${p.name} (threshold not disclosed) ${what}`);
  const of = p.members === null ? "" : ` of ${p.members}`;
  return at(p.threshold, `${p.name} (${p.threshold}${of}) ${what}`);
}
function fewest(paths, noneWho) {
  const present = paths.filter((p) => p !== null && p.status !== "none");
  const known = present.filter((p) => p.status === "parties");
  if (known.length > 0) {
    const best = known.reduce((a, b) => b.parties < a.parties ? b : a);
    const open = present.length - known.length;
    return open > 0 ? { ...best, who: `${best.who}; ${open} other path(s) of unknown size` } : best;
  }
  if (present[0]) return unknown(present.map((p) => p.who).join("; "));
  return none(noneWho);
}
function latency(d, unilateral) {
  const parts = [
    ["forced inclusion", d.forcedInclusionSeconds],
    ["settlement (challenge or proof delay)", d.settlementSeconds],
    ["bridge withdrawal", d.withdrawalSeconds],
    ["unbonding", d.unbondingSeconds]
  ].filter((p) => p[1] !== void 0).map(([name, seconds2]) => ({ name, seconds: seconds2 }));
  const known = parts.filter((p) => p.seconds !== null);
  const seconds = known.length === 0 ? null : known.reduce((s, p) => s + (p.seconds ?? 0), 0);
  const bound = !unilateral ? "operator-dependent" : known.length === parts.length && parts.length > 0 ? "exact" : "at-least";
  return { seconds, bound, parts };
}
function latencyText(l) {
  const s = l.seconds === null ? "unknown" : l.seconds === 0 ? "no fixed delay" : formatSeconds(l.seconds);
  if (l.bound === "exact") return s;
  if (l.bound === "at-least") return l.seconds === null ? "unknown" : `\u2265 ${s}`;
  return l.seconds === null || l.seconds === 0 ? "operator-dependent" : `operator-dependent (\u2265 ${s})`;
}
function collusionText(c) {
  return c.status === "parties" ? String(c.parties) : c.status;
}
var at = (parties, who) => ({ status: "parties", parties, who });
var none = (who) => ({ status: "none", who });
var unknown = (who) => ({ status: "unknown", who });
var delayText = (s) => s == null ? "an unknown delay" : formatSeconds(s);
export {
  assessSystem,
  collusionText,
  latencyText
};
