// src/risk/btc/custodyThresholds.ts
var parties = (n, who) => ({ status: "parties", parties: n, who });
var unknown = (who) => ({ status: "unknown", who });
function custodyThresholds(m) {
  switch (m.kind) {
    case "bitvm2":
      return {
        steal: m.signers === null ? unknown("every BitVM2 setup signer") : parties(m.signers, "setup signers"),
        freeze: m.operators === null ? unknown("every bridge operator") : parties(m.operators, "operators"),
        note: `BitVM2: safe with 1 honest of ${m.signers ?? "n"} signers, live with 1 of ${m.operators ?? "m"} operators`
      };
    case "federation": {
      if (m.members === null || m.threshold === null)
        return {
          steal: unknown("federation signers (set not disclosed)"),
          freeze: unknown("federation signers (set not disclosed)"),
          note: "multisig, signers not public"
        };
      return {
        steal: parties(m.threshold, `of ${m.members} federation signers`),
        freeze: parties(m.members - m.threshold + 1, `of ${m.members} federation signers`),
        note: `${m.threshold}-of-${m.members} multisig`
      };
    }
    case "threshold-signers": {
      if (m.members === null)
        return {
          steal: unknown(`${Math.round(m.share * 100)}% of signers (set size not public)`),
          freeze: unknown("signers (set size not public)"),
          note: `threshold signers acting at ${Math.round(m.share * 100)}%`
        };
      const needed = Math.ceil(m.share * m.members - 1e-9);
      return {
        steal: parties(needed, `of ${m.members} signers`),
        freeze: parties(m.members - needed + 1, `of ${m.members} signers`),
        note: `${needed} of ${m.members} signers (${Math.round(m.share * 100)}%)`
      };
    }
    case "custodian":
      return {
        steal: parties(1, m.name),
        freeze: parties(1, m.name),
        note: `one custodian holds the BTC: ${m.name}`
      };
    case "self-custody":
      return {
        steal: { status: "none", who: "the staker's own key is needed to move BTC" },
        freeze: { status: "none", who: "the timelock path exits without the covenant committee" },
        note: `self-custody; ${m.threshold}-of-${m.members} covenant co-signs slashing (${m.members - m.threshold + 1} can delay early unbonding)`
      };
  }
}
export {
  custodyThresholds
};
