/**
 * How bridged BTC is held (MODELS §5, after bitcoinlayers.org's custody reviews):
 * - `bitvm2`: a BitVM2 bridge; `signers` pre-sign the setup, `operators` process withdrawals.
 * - `federation`: an m-of-n multisig (Rootstock's Powpeg: `threshold` ⌊n/2⌋+1 of HSM-held keys).
 * - `threshold-signers`: a signer set acting at a share of its members (Stacks sBTC: 70%).
 * - `self-custody`: staked BTC stays in the staker's script; a covenant committee (`threshold` of
 *   `members`) co-signs slashing and early unbonding (Babylon: 6-of-9).
 */
export type CustodyModel =
  | { kind: 'bitvm2'; signers: number; operators: number }
  | { kind: 'federation'; members: number; threshold: number }
  | { kind: 'threshold-signers'; members: number; share: number }
  | { kind: 'self-custody'; members: number; threshold: number };

/**
 * The fewest parties that must collude (null: no number of them can) to steal the BTC, to freeze it
 * (stop withdrawals), and what an honest minority guarantees, in the model's own terms.
 */
export type CustodyThresholds = { steal: number | null; freeze: number | null; note: string };

/**
 * Collusion thresholds of a custody model.
 * @example custodyThresholds({ kind: 'threshold-signers', members: 14, share: 0.7 }) // steal 10, freeze 5
 */
export function custodyThresholds(m: CustodyModel): CustodyThresholds {
  switch (m.kind) {
    case 'bitvm2':
      return {
        steal: m.signers,
        freeze: m.operators,
        note: `safe with 1 honest of ${m.signers} setup signers; live with 1 honest of ${m.operators} operators (all operators can burn deposits, not steal them)`,
      };
    case 'federation':
      return {
        steal: m.threshold,
        freeze: m.members - m.threshold + 1,
        note: `${m.threshold}-of-${m.members} multisig`,
      };
    case 'threshold-signers': {
      const needed = Math.ceil(m.share * m.members - 1e-9);
      return {
        steal: needed,
        freeze: m.members - needed + 1,
        note: `${needed} of ${m.members} signers (${Math.round(m.share * 100)}%)`,
      };
    }
    case 'self-custody':
      return {
        steal: null,
        freeze: null,
        note: `the staker's key is needed to move BTC; ${m.threshold}-of-${m.members} covenant signatures co-sign slashing and early unbonding (${m.members - m.threshold + 1} can delay early unbonding; the timelock path still exits)`,
      };
  }
}
